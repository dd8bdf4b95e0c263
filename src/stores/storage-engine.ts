import { setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import { createSafeStorage } from './safe-storage';

// Every persistent store goes through a storage that never throws (see safe-storage.ts).
if (typeof window !== 'undefined') {
  setPersistentEngine(
    createSafeStorage(() => window.localStorage),
    windowPersistentEvents,
  );
}
