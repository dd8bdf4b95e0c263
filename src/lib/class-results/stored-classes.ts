import { decodeRecord } from './class-record';

/** Where class results are kept: `balise:v1:class:<quiz id>:<class label, URI-encoded>`. */
export const CLASS_KEY = /^balise:v1:class:([^:]+):(.+)$/;

/** One class's results as the progress page lists them. */
export interface StoredClass {
  key: string;
  quizId: string;
  label: string;
  /** Tickets kept: typed or scanned codes, and marked rows of the paper grid. */
  tickets: number;
  /** Last change (ISO 8601); '' when the record cannot be read. */
  updated: string;
}

/** The class results among the device's entries, newest first; an unreadable one is listed with no ticket. */
export function storedClasses(entries: ReadonlyArray<{ key: string; value: string }>): StoredClass[] {
  return entries
    .flatMap(({ key, value }) => {
      const match = CLASS_KEY.exec(key);
      if (!match) return [];
      const record = decodeRecord(value);
      const rows = record?.paper.rows.filter((row) => row.some((cell) => cell !== '')).length ?? 0;
      let label = match[2]!;
      try {
        label = decodeURIComponent(label);
      } catch {
        // A label that is not URI-encoded is shown as it is.
      }
      return [{ key, quizId: match[1]!, label, tickets: (record?.codes.length ?? 0) + rows, updated: record?.updated ?? '' }];
    })
    .sort((a, b) => b.updated.localeCompare(a.updated) || a.key.localeCompare(b.key));
}
