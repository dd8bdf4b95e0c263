import { setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import { createSafeStorage } from './safe-storage';
import { isSharedDevice, sweepFinishedQuizzes } from './shared-device';

// Every persistent store goes through a storage that never throws (see safe-storage.ts). On a
// shared device, finished quizzes (a previous pupil's) are erased before any store reads them.
if (typeof window !== 'undefined') {
  if (isSharedDevice()) sweepFinishedQuizzes();
  setPersistentEngine(
    createSafeStorage(() => window.localStorage),
    windowPersistentEvents,
  );
}
