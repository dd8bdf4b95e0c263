import { atom, type WritableAtom } from 'nanostores';
import { createSafeStorage, type KeyValueStorage } from './safe-storage';

/** A storage over a plain object: on the server, and in tests. */
const objectStorage = (memory: Record<string, string>): KeyValueStorage => ({
  get: (key) => memory[key],
  set: (key, value) => void (memory[key] = value),
  remove: (key) => void delete memory[key],
});

/**
 * Where persisted stores keep their values: localStorage, through a storage that never throws
 * (safe-storage.ts); on the server, and in tests that ask for it, a plain object.
 */
let storage = typeof window === 'undefined' ? objectStorage({}) : createSafeStorage(() => window.localStorage);
const reloads = new Set<() => void>();

/** Every persisted store reads its key again: another tab changed the storage, or the page came back from the back/forward cache. */
export const storageChanged = (): void => reloads.forEach((reload) => reload());

if (typeof window !== 'undefined') {
  window.addEventListener('storage', storageChanged);
  window.addEventListener('pageshow', storageChanged);
}

/** Tests: keeps values in `memory` instead of localStorage, and returns it. */
export function useMemoryStorage(memory: Record<string, string> = {}): Record<string, string> {
  storage = objectStorage(memory);
  storageChanged();
  return memory;
}

/** How a persisted store writes its value (undefined: nothing is stored) and reads it back. */
export interface Codec<T> {
  encode: (value: T) => string | undefined;
  decode: (raw: string) => T;
}

/**
 * A nanostores atom kept in localStorage under `key`, as `persistentAtom` of
 * @nanostores/persistent does, in the few lines the quiz needs (its lifecycle helpers weighed
 * about 0.6 kB gzip on every quiz page): read at once, written on every `set`, read again when
 * another tab writes. A missing key reads as `initial`.
 */
export function persistedAtom<T>(key: string, initial: T, codec: Codec<T>): WritableAtom<T> {
  const store = atom(initial);
  const set = store.set.bind(store);
  const read = () => {
    const raw = storage.get(key);
    set(raw === undefined ? initial : codec.decode(raw));
  };
  store.set = (value: T) => {
    const raw = codec.encode(value);
    if (raw === undefined) storage.remove(key);
    else storage.set(key, raw);
    set(value);
  };
  reloads.add(read);
  read();
  return store;
}
