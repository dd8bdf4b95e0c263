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
