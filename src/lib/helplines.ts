import rawHelplines from '../data/helplines.json';
import { helplinesFileSchema, type Helpline, type HelplinesFile, type Region } from '../schemas/helplines';

/** The helplines data file, validated (the only place numbers and addresses are kept). */
export const helplinesFile: HelplinesFile = helplinesFileSchema.parse(rawHelplines);

/** The services of a region's help card, in order, emergency numbers last. */
export function helplinesForRegion(region: Region, file: HelplinesFile = helplinesFile): Helpline[] {
  const byId = new Map(file.helplines.map((line) => [line.id, line]));
  const lines = file.regions[region].map((id) => {
    const line = byId.get(id);
    if (!line) throw new Error(`src/data/helplines.json: region "${region}" lists unknown helpline "${id}"`);
    return line;
  });
  return [...lines.filter((line) => !line.emergency), ...lines.filter((line) => line.emergency)];
}
