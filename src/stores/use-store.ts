import type { ReadableAtom } from 'nanostores';
import { createSignal, onCleanup, type Accessor } from 'solid-js';

/**
 * Reads a nanostore in a Solid component, as `useStore` of @nanostores/solid does, but with a
 * plain signal: our stores hold immutable values replaced whole (see quiz-progress.ts), so the
 * deep reconcile of solid-js/store (about 2 kB gzip on every quiz page) buys nothing here.
 */
export function useStore<T>(store: ReadableAtom<T>): Accessor<T> {
  const [value, setValue] = createSignal(store.get(), { equals: false });
  onCleanup(store.subscribe((next) => setValue(() => next)));
  return value;
}
