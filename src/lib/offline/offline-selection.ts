import type { OfflineEntry, OfflineList } from './offline-list';

/**
 * Bytes of lesson pages the automatic offline copy holds (uncompressed, about 45 lessons of
 * today's size, some 500 kB over the network). A bigger catalogue keeps the first lessons
 * automatically and the rest only when the pupil asks for every lesson (progress page).
 */
export const AUTOMATIC_LESSON_BYTES = 2_000_000;

/**
 * The entries to download: every pupil page and the search index, and the lessons in list order
 * up to `lessonBytes` (all of them with `everyLesson`).
 */
export function selectOfflineEntries(
  list: OfflineList,
  everyLesson: boolean,
  lessonBytes = AUTOMATIC_LESSON_BYTES,
): OfflineEntry[] {
  let kept = 0;
  return list.entries.filter((entry) => {
    if (entry.kind !== 'lesson' || everyLesson) return true;
    kept += entry.bytes;
    return kept <= lessonBytes;
  });
}

/** What the offline copy of a language holds, for the progress page. */
export interface OfflineSummary {
  /** Files of this language's list that are stored, and how many the list has. */
  files: number;
  totalFiles: number;
  /** Their size, uncompressed, in bytes. */
  bytes: number;
  /** Lesson pages stored, and how many the language has. */
  lessons: number;
  totalLessons: number;
}

/** Summarises which files of `list` are among the stored URLs. */
export function summarizeOfflineCopy(list: OfflineList, stored: ReadonlySet<string>): OfflineSummary {
  const held = list.entries.filter((entry) => stored.has(entry.url));
  return {
    files: held.length,
    totalFiles: list.entries.length,
    bytes: held.reduce((sum, entry) => sum + entry.bytes, 0),
    lessons: held.filter((entry) => entry.kind === 'lesson').length,
    totalLessons: list.entries.filter((entry) => entry.kind === 'lesson').length,
  };
}
