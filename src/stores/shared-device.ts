/*
 * Shared device (a class tablet): sessionStorage `balise:shared` is `"1"` while the tab's browser
 * session lasts, so it survives moving between lessons. Set by the class link `?shared=1` (removed
 * by `?shared=0`) on any page (see SiteScript and `lib/shared-device.ts`). On a shared device,
 * reflections are never stored, a quiz whose end screen was seen is erased when the pupil leaves,
 * and finished quizzes are erased before the next page reads them (see `quiz-progress.ts` and
 * `storage-engine.ts`).
 */
import { finishedQuizKeys } from '../lib/shared-device';
import { STORAGE_PREFIX } from './storage-prefix';
import { localStorageOrUndefined, readDeviceData } from './stored-entries';

/** sessionStorage key of the shared mode, written by the class link (`src/lib/shared-link.ts`). */
export const SHARED_KEY = `${STORAGE_PREFIX}shared`;

/** Where quiz progress is kept: `balise:v1:quiz:<quiz id>` (see `quiz-progress.ts`). */
export const QUIZ_PREFIX = `${STORAGE_PREFIX}v1:quiz:`;

function sessionOrUndefined(): Storage | undefined {
  // Stryker disable next-line ConditionalExpression: a missing sessionStorage throws when read, inside isSharedDevice's try, which gives the same "no"
  return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
}

/**
 * Whether this tab is a shared device: the page address says so (`?shared=1`, or `?shared=0` for
 * no), else the session remembers the class link. Reads only; the page script remembers the link.
 */
export function isSharedDevice(
  session: () => Storage | undefined = sessionOrUndefined,
  // Stryker disable next-line StringLiteral: any text without "shared=" reads as no address setting, as the empty one does
  search = typeof location === 'undefined' ? '' : location.search,
): boolean {
  const fromAddress = new URLSearchParams(search).get('shared');
  if (fromAddress === '1' || fromAddress === '0') return fromAddress === '1';
  try {
    return session()?.getItem(SHARED_KEY) === '1';
  } catch {
    return false;
  }
}

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
