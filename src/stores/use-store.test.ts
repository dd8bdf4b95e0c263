import { atom } from 'nanostores';
import { createRoot } from 'solid-js';
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
});
