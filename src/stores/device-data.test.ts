import { afterEach, describe, expect, it, vi } from 'vitest';
import { eraseDeviceData, eraseOfflineCopy, readDeviceData } from './device-data';

afterEach(() => vi.unstubAllGlobals());

function storageWith(entries: Record<string, string>): Storage {
  const data = new Map(Object.entries(entries));
  return {
    get length() {
      return data.size;
    },
    key: (index) => [...data.keys()][index] ?? null,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
    clear: () => data.clear(),
  };
}

describe('device data', () => {
  it('lists only what Balise stored, and erases only that', () => {
    const storage = storageWith({ 'balise:v1:quiz:a': '{}', 'balise:v1:prefs': '{"readAloud":true}', 'other-app': 'keep' });
    expect(readDeviceData(storage).map((entry) => entry.key)).toEqual(['balise:v1:prefs', 'balise:v1:quiz:a']);
    expect(eraseDeviceData(storage)).toBe(2);
    expect(readDeviceData(storage)).toEqual([]);
    expect(storage.getItem('other-app')).toBe('keep');
  });

  it('reports nothing, and does not throw, without usable storage', () => {
    const broken = {
      get length(): number {
        throw new Error('denied');
      },
    } as unknown as Storage;
    expect(readDeviceData(broken)).toEqual([]);
    expect(eraseDeviceData(broken)).toBe(0);
    expect(readDeviceData(undefined)).toEqual([]);
  });

  it("reads and erases the browser's own localStorage by default", () => {
    const storage = storageWith({ 'balise:v1:prefs': '{}' });
    vi.stubGlobal('localStorage', storage);
    expect(readDeviceData()).toEqual([{ key: 'balise:v1:prefs', value: '{}' }]);
    expect(eraseDeviceData()).toBe(1);
    expect(storage.length).toBe(0);
  });

  it('lists an entry that vanished while being read with an empty value', () => {
    const vanishing = { ...storageWith({ 'balise:v1:prefs': '{}' }), getItem: () => null };
    expect(readDeviceData(vanishing)).toEqual([{ key: 'balise:v1:prefs', value: '' }]);
  });

  it('reports nothing rather than half when storage fails midway', () => {
    const failing = {
      ...storageWith({ 'balise:a': '1' }),
      length: 2,
      key: (index: number) => {
        if (index === 0) return 'balise:a';
        throw new DOMException('denied', 'SecurityError');
      },
    };
    expect(readDeviceData(failing)).toEqual([]);
  });

  it('erases the offline copy: every cache, and the service worker', async () => {
    const deleted: string[] = [];
    const unregister = vi.fn(async () => true);
    vi.stubGlobal('caches', { keys: async () => ['pages', 'assets'], delete: async (key: string) => deleted.push(key) });
    vi.stubGlobal('navigator', {
      serviceWorker: { getRegistration: async () => undefined, getRegistrations: async () => [{ unregister }, { unregister }] },
    });
    await eraseOfflineCopy();
    expect(deleted).toEqual(['pages', 'assets']);
    expect(unregister).toHaveBeenCalledTimes(2);
  });

  it('erases the caches even where the browser has no service worker', async () => {
    const deleted: string[] = [];
    vi.stubGlobal('caches', { keys: async () => ['pages'], delete: async (key: string) => deleted.push(key) });
    vi.stubGlobal('navigator', {});
    await eraseOfflineCopy();
    expect(deleted).toEqual(['pages']);
  });

  it('erases the offline copy without failing where the browser has none', async () => {
    vi.stubGlobal('navigator', {});
    await expect(eraseOfflineCopy()).resolves.toBeUndefined();
    vi.stubGlobal('caches', { keys: async () => Promise.reject(new Error('denied')) });
    await expect(eraseOfflineCopy()).resolves.toBeUndefined();
  });
});
