// @vitest-environment jsdom
import { atom } from 'nanostores';
import { createComputed, createRoot } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { useStore } from './use-store';

describe('useStore', () => {
  it('follows the store while the owner lives, and stops listening when it is disposed', () => {
    const $count = atom({ n: 1 });
    createRoot((dispose) => {
      const count = useStore($count);
      expect(count()).toEqual({ n: 1 });
      $count.set({ n: 2 });
      expect(count()).toEqual({ n: 2 });
      expect($count.lc).toBe(1);
      dispose();
      expect($count.lc).toBe(0);
    });
  });

  it('passes on every notification of the store, even of the same value', () => {
    const $list = atom<string[]>([]);
    createRoot((dispose) => {
      const list = useStore($list);
      const seen: number[] = [];
      createComputed(() => seen.push(list().length));
      $list.get().push('a');
      $list.notify();
      expect(seen).toEqual([0, 1]);
      dispose();
    });
  });
});
