import rawHelplines from '../data/helplines.json' with { type: 'json' };
import { BANDS, type Band } from '../schemas/bands';
import { helplinesFileSchema, type Helpline, type HelplinesFile, type Region } from '../schemas/helplines';
import type { Lang } from '../schemas/languages';

/** The helplines data file, validated (the only place numbers and addresses are kept). */
export const helplinesFile: HelplinesFile = helplinesFileSchema.parse(rawHelplines);

/** A help card: the services to show, then the emergency numbers. */
export interface HelpCard {
  services: Helpline[];
  emergency: Helpline[];
}

/**
 * The help card of a region for an age band (every service of the region when no band is given,
 * as on the help page). Services keep the region's order, except that where some services answer
 * in the page's language (Brussels), those answering only in another come after them; emergency
 * numbers are set apart.
 */
export function helpCard(region: Region, band: Band | undefined, lang: Lang, file: HelplinesFile = helplinesFile): HelpCard {
  const byId = new Map(file.helplines.map((line) => [line.id, line]));
  const lines = file.regions[region].services.map((id) => {
    const line = byId.get(id);
    if (!line) throw new Error(`src/data/helplines.json: region "${region}" lists unknown helpline "${id}"`);
    return line;
  });
  const shown = lines.filter((line) => band === undefined || line.bands.includes(band));
  const speaks = (line: Helpline) => line.languages === undefined || line.languages.includes(lang);
  const someSpeak = shown.some((line) => line.languages?.includes(lang));
  const ordered = someSpeak ? [...shown.filter(speaks), ...shown.filter((line) => !speaks(line))] : shown;
  return { services: ordered.filter((line) => !line.emergency), emergency: ordered.filter((line) => line.emergency) };
}

/**
 * The short card of a pupil page that is for every age (home, a teacher's set of lessons): the
 * services and the emergency number the help card shows at every age, from 6 to 18 (the
 * children's and teens' lines and Child Focus: at most YOUNGEST_CARD_MAX services, as they are
 * on the youngest pupils' card), in the card's order. The help page lists the rest.
 */
export function everyAgeCard(region: Region, lang: Lang, file: HelplinesFile = helplinesFile): HelpCard {
  const { services, emergency } = helpCard(region, BANDS[0], lang, file);
  const everyAge = (line: Helpline) => BANDS.every((band) => line.bands.includes(band));
  return { services: services.filter(everyAge), emergency: emergency.filter(everyAge) };
}

/** The name of the school support service of a region (PMS centre, CLB, Kaleido), in a language. */
export const schoolSupport = (region: Region, lang: Lang, file: HelplinesFile = helplinesFile): string =>
  file.regions[region].schoolSupport[lang];

/** What to say of a service for a band: the simpler text for the youngest, where there is one. */
export const describeFor = (line: Helpline, band: Band | undefined, lang: Lang): string =>
  (band === '6-8' ? line.young?.[lang] : undefined) ?? line.description[lang];
