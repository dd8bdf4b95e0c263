import { askOfflineWorker } from '../lib/offline/offline-client';
import { localStorageOrUndefined, readDeviceData } from './stored-entries';

export { readDeviceData };

/** Removes everything Balise stored on this device; returns how many entries were removed. */
export function eraseDeviceData(storage = localStorageOrUndefined()): number {
  const keys = readDeviceData(storage).map((entry) => entry.key);
  for (const key of keys) {
    try {
      storage?.removeItem(key);
    } catch {
      // A storage that cannot be written holds nothing of ours.
    }
  }
  return keys.length;
}

/**
 * Deletes the copy of the site kept for offline use (the service worker's caches) and stops the
 * service worker, so the copy is not rebuilt until the next visit. The worker is told first, so a
 * download in progress cannot bring the copy back. Returns when done.
 */
export async function eraseOfflineCopy(): Promise<void> {
  try {
    await askOfflineWorker({ type: 'erase' });
    if ('serviceWorker' in navigator) {
      await Promise.all((await navigator.serviceWorker.getRegistrations()).map((registration) => registration.unregister()));
    }
    // Stryker disable next-line ConditionalExpression: the last step; without the test a missing caches throws inside the try, which ignores it the same way
    if (typeof caches !== 'undefined') await Promise.all((await caches.keys()).map((key) => caches.delete(key)));
  } catch {
    // Nothing to erase where the browser offers no offline storage.
  }
}
