import { describe, expect, it } from 'vitest';
import { eraseDeviceData, readDeviceData } from './device-data';

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
});
