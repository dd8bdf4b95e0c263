import { askOfflineWorker } from '../lib/offline/offline-client';
import { STORAGE_PREFIX } from './storage-prefix';

function localStorageOrUndefined(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** Keys (and raw values) this device holds for Balise; empty when storage is unavailable. */
export function readDeviceData(storage = localStorageOrUndefined()): Array<{ key: string; value: string }> {
  if (!storage) return [];
  const entries: Array<{ key: string; value: string }> = [];
  try {
    // Stryker disable next-line EqualityOperator: key(length) is null, which the prefix test skips, so one more round changes nothing.
    for (let index = 0; index < storage.length; index += 1) {
      const key = storage.key(index);
      if (key?.startsWith(STORAGE_PREFIX)) entries.push({ key, value: storage.getItem(key) ?? '' });
    }
  } catch {
    return [];
  }
  return entries.sort((a, b) => a.key.localeCompare(b.key));
}

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
    if (typeof caches !== 'undefined') await Promise.all((await caches.keys()).map((key) => caches.delete(key)));
  } catch {
    // Nothing to erase where the browser offers no offline storage.
  }
}
