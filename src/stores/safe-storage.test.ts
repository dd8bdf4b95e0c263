import { describe, expect, it } from 'vitest';
import { createSafeStorage } from './safe-storage';

/** A minimal in-memory Storage, with switches to make it fail like real browsers do. */
function fakeStorage(options: { full?: boolean; broken?: boolean } = {}): Storage {
  // `options` stays live: a test can fill or free the storage halfway.
  const data = new Map<string, string>();
  const guard = () => {
    if (options.broken) throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  return {
    get length() {
      guard();
      return data.size;
    },
    key: (index) => (guard(), [...data.keys()][index] ?? null),
    getItem: (key) => (guard(), data.get(key) ?? null),
    setItem: (key, value) => {
      guard();
      if (options.full) throw new DOMException('Quota exceeded', 'QuotaExceededError');
      data.set(key, value);
    },
    removeItem: (key) => (guard(), void data.delete(key)),
    clear: () => data.clear(),
  };
}

describe('createSafeStorage', () => {
  it('reads and writes through localStorage when it works', () => {
    const backing = fakeStorage();
    const storage = createSafeStorage(() => backing);
    storage.set('k', 'v');
    expect(backing.getItem('k')).toBe('v');
    expect(storage.get('k')).toBe('v');
    storage.remove('k');
    expect(backing.getItem('k')).toBeNull();
  });

  it.each([
    ['missing', () => undefined],
    [
      'throwing on access (private mode, locked-down PC)',
      () => {
        throw new DOMException('denied', 'SecurityError');
      },
    ],
    ['throwing on every call', () => fakeStorage({ broken: true })],
    ['full', () => fakeStorage({ full: true })],
  ])('keeps values in memory when localStorage is %s', (_case, get) => {
    const storage = createSafeStorage(get as () => Storage | undefined);
    storage.set('k', 'v');
    expect(storage.get('k')).toBe('v');
    storage.remove('k');
    expect(storage.get('k')).toBeUndefined();
  });

  it('reads back what localStorage already holds, after a reload', () => {
    const backing = fakeStorage();
    backing.setItem('balise:v1:prefs', '{"readAloud":true}');
    const storage = createSafeStorage(() => backing);
    expect(storage.get('balise:v1:prefs')).toBe('{"readAloud":true}');
    expect(storage.get('missing')).toBeUndefined();
  });

  it('saves to localStorage again once it has room, and reads the newest value', () => {
    const options = { full: true };
    const backing = fakeStorage(options);
    const storage = createSafeStorage(() => backing);
    storage.set('k', 'old');
    expect(backing.getItem('k')).toBeNull();
    expect(storage.get('k')).toBe('old');
    options.full = false;
    storage.set('k', 'new');
    expect(backing.getItem('k')).toBe('new');
    expect(storage.get('k')).toBe('new');
  });
});
