/** The few storage operations the persisted stores use. */
export interface KeyValueStorage {
  /** The value under `key`, or undefined. */
  get(key: string): string | undefined;
  set(key: string, value: string): void;
  remove(key: string): void;
}

/**
 * A storage for the persisted stores (persisted-atom.ts) that never throws. It uses localStorage
 * when it works and falls back to memory when localStorage is missing, blocked (private mode,
 * locked-down PCs) or full. A quiz therefore always works; at worst it forgets on reload.
 */
export function createSafeStorage(getStorage: () => Storage | undefined): KeyValueStorage {
  const memory = new Map<string, string>();
  const attempt = <T>(use: (storage: Storage) => T): T | undefined => {
    try {
      const storage = getStorage();
      // Stryker disable next-line StringLiteral: the message is never shown; the caller only falls back to memory.
      if (!storage) throw new Error('no storage');
      return use(storage);
    } catch {
      return undefined;
    }
  };
  return {
    get: (key) => (memory.has(key) ? memory.get(key) : (attempt((storage) => storage.getItem(key)) ?? undefined)),
    set(key, value) {
      if (attempt((storage) => (storage.setItem(key, value), true))) memory.delete(key);
      else memory.set(key, value);
    },
    remove(key) {
      memory.delete(key);
      attempt((storage) => storage.removeItem(key));
    },
  };
}
