/**
 * A lesson set: lessons a teacher chose for a class, in order, carried in the link itself
 * (`/{lang}/set/?l=id1,id2`), so no server, account or storage is needed.
 */

/** The query parameter that holds the lesson ids. */
export const SET_PARAM = 'l';

/** The most lessons a set may hold (a school year's worth; keeps links and QR codes short). */
export const SET_MAX = 30;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A set read from a link: the known lessons in order, and what was left out. */
export interface ParsedSet {
  /** Lesson ids that exist, in the link's order, each once. */
  ids: string[];
  /** Well-formed ids that are not lessons of this site (left out, with a message). */
  unknown: string[];
  /** True when something in the link was not a lesson id at all, or past SET_MAX (left out). */
  malformed: boolean;
}

/** Reads the `l` parameter of a set link strictly: only known lesson ids, each once, at most SET_MAX. */
export function parseLessonSet(param: string | null, knownIds: ReadonlySet<string>): ParsedSet {
  const parts = (param ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const ids: string[] = [];
  const unknown: string[] = [];
  let malformed = parts.length > SET_MAX;
  for (const part of parts.slice(0, SET_MAX)) {
    if (!ID.test(part) || part.length > 80) malformed = true;
    else if (!knownIds.has(part)) unknown.push(part);
    else if (!ids.includes(part)) ids.push(part);
  }
  return { ids, unknown, malformed };
}

/** The link of a set, absolute, from the set page's address and the chosen ids in order. */
export function lessonSetLink(setPage: string, ids: readonly string[]): string {
  const url = new URL(setPage);
  url.search = '';
  url.hash = '';
  return ids.length === 0 ? url.href : `${url.href}?${SET_PARAM}=${ids.join(',')}`;
}

/** Moves the item at `index` one place up (towards the start); out-of-range moves change nothing. */
export function moveUp<T>(items: readonly T[], index: number): T[] {
  if (index <= 0 || index >= items.length) return [...items];
  const moved = [...items];
  [moved[index - 1], moved[index]] = [moved[index]!, moved[index - 1]!];
  return moved;
}
