import { finishedQuizKeys, sharedParam } from '../lib/shared-device';
import { STORAGE_PREFIX } from './storage-prefix';
import { localStorageOrUndefined, readDeviceData } from './stored-entries';

/**
 * Shared device (a class tablet), kept in sessionStorage under `balise:shared` as `"1"` while the
 * tab's browser session lasts, so it survives moving between lessons. Set by the class link
 * `?shared=1` (removed by `?shared=0`). On a shared device, reflections are never stored, a quiz
 * whose end screen was seen is erased when the pupil leaves, and finished quizzes are erased
 * before the next page reads them (see `quiz-progress.ts` and `storage-engine.ts`).
 */
export const SHARED_KEY = `${STORAGE_PREFIX}shared`;

/** Where quiz progress is kept: `balise:v1:quiz:<quiz id>` (see `quiz-progress.ts`). */
export const QUIZ_PREFIX = `${STORAGE_PREFIX}v1:quiz:`;

function sessionOrUndefined(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined;
  }
}

/**
 * Remembers what the page address says (`?shared=1` or `?shared=0`) for the rest of the browser
 * session, and returns whether this is a shared device. Never throws; without sessionStorage the
 * address alone decides.
 */
export function rememberSharedDevice(search: string, session = sessionOrUndefined()): boolean {
  const fromAddress = sharedParam(search);
  try {
    if (fromAddress === true) session?.setItem(SHARED_KEY, '1');
    if (fromAddress === false) session?.removeItem(SHARED_KEY);
    return fromAddress ?? session?.getItem(SHARED_KEY) === '1';
  } catch {
    return fromAddress === true;
  }
}

/** Whether this tab is a shared device (class link seen in this browser session). */
export const isSharedDevice = (session = sessionOrUndefined()): boolean =>
  rememberSharedDevice(typeof location === 'undefined' ? '' : location.search, session);

/** Erases the progress of every finished quiz (a shared device's previous pupils); returns how many. */
export function sweepFinishedQuizzes(storage = localStorageOrUndefined()): number {
  const keys = finishedQuizKeys(readDeviceData(storage), QUIZ_PREFIX);
  for (const key of keys) {
    try {
      storage?.removeItem(key);
    } catch {
      // A storage that cannot be written holds nothing of ours.
    }
  }
  return keys.length;
}

/** Erases one quiz's saved progress (answers and reflections) from this device. */
export function eraseQuizProgress(quizId: string, storage = localStorageOrUndefined()): void {
  try {
    storage?.removeItem(`${QUIZ_PREFIX}${quizId}`);
  } catch {
    // Nothing to erase from a storage that cannot be used.
  }
}
