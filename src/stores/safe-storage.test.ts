import { describe, expect, it } from 'vitest';
import { createSafeStorage } from './safe-storage';

/** A minimal in-memory Storage, with switches to make it fail like real browsers do. */
function fakeStorage(options: { full?: boolean; broken?: boolean } = {}): Storage {
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
    storage['k'] = 'v';
    expect(backing.getItem('k')).toBe('v');
    expect('k' in storage).toBe(true);
    delete storage['k'];
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
    storage['k'] = 'v';
    expect(storage['k']).toBe('v');
    expect('k' in storage).toBe(true);
    delete storage['k'];
    expect('k' in storage).toBe(false);
  });
});
