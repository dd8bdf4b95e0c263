/**
 * A storage object for `@nanostores/persistent` that never throws. It uses localStorage when it
 * works and falls back to memory when localStorage is missing, blocked (private mode, locked-down
 * PCs) or full. A quiz therefore always works; at worst it forgets on reload.
 */
export function createSafeStorage(getStorage: () => Storage | undefined): Record<string, string> {
  const memory = new Map<string, string>();
  const storage = (): Storage | undefined => {
    try {
      return getStorage();
    } catch {
      return undefined;
    }
  };
  return new Proxy({} as Record<string, string>, {
    get(_target, key) {
      if (typeof key !== 'string') return undefined;
      if (memory.has(key)) return memory.get(key);
      try {
        return storage()?.getItem(key) ?? undefined;
      } catch {
        return undefined;
      }
    },
    has(_target, key) {
      if (typeof key !== 'string') return false;
      if (memory.has(key)) return true;
      try {
        return storage()?.getItem(key) != null;
      } catch {
        return false;
      }
    },
    set(_target, key, value) {
      if (typeof key !== 'string') return true;
      try {
        const target = storage();
        // Stryker disable next-line StringLiteral: the message is never shown; the catch below only falls back to memory.
        if (!target) throw new Error('no storage');
        target.setItem(key, String(value));
        memory.delete(key);
      } catch {
        memory.set(key, String(value));
      }
      return true;
    },
    deleteProperty(_target, key) {
      if (typeof key !== 'string') return true;
      memory.delete(key);
      try {
        storage()?.removeItem(key);
      } catch {
        // Nothing to remove from a storage that cannot be used.
      }
      return true;
    },
  });
}
