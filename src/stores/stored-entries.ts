import { STORAGE_PREFIX } from './storage-prefix';

/** The browser's localStorage, or undefined where it is missing or blocked. */
export function localStorageOrUndefined(): Storage | undefined {
  try {
    // Stryker disable next-line ConditionalExpression: a missing localStorage throws when read, inside this try, which gives the same undefined
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
