import type { OfflineSummary } from './offline-selection';

/**
 * What a page asks the service worker (`postMessage` with a reply port), and what it answers.
 * `keep`: download the offline copy of `lang` (every lesson with `everyLesson`); `status`: say
 * what the copy of `lang` holds; `erase`: stop keeping anything and delete the copy. Each answers
 * with an {@link OfflineStatus}.
 */
export type OfflineRequest =
  { type: 'keep'; lang: string; everyLesson: boolean } | { type: 'status'; lang: string } | { type: 'erase' };

/** The service worker's answer: what the copy holds, or `undefined` when the language has no list. */
export interface OfflineStatus {
  summary: OfflineSummary | undefined;
  /** Files the service worker keeps in all (shared code and every page kept), and their size. */
  allFiles: number;
  allBytes: number;
}

/** True for a well-formed {@link OfflineRequest} (messages may come from any script of the origin). */
export function isOfflineRequest(data: unknown): data is OfflineRequest {
  if (typeof data !== 'object' || data === null) return false;
  const { type, lang, everyLesson } = data as Record<string, unknown>;
  if (type === 'erase') return true;
  if (typeof lang !== 'string' || !/^[a-z]{2,3}$/.test(lang)) return false;
  return type === 'status' || (type === 'keep' && typeof everyLesson === 'boolean');
}

/** A short stable name for a precache manifest: the offline cache of each version is its own. */
export function manifestVersion(entries: ReadonlyArray<string | { url: string; revision?: string | null }>): string {
  let hash = 2166136261;
  for (const char of JSON.stringify(entries)) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 16777619);
  }
  return (hash >>> 0).toString(36);
}
