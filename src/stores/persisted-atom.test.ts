import { beforeEach, describe, expect, it } from 'vitest';
import { persistedAtom, storageChanged, useMemoryStorage } from './persisted-atom';

const codec = { encode: (value: number) => (value === 0 ? undefined : String(value)), decode: Number };
let memory: Record<string, string>;

beforeEach(() => {
  memory = useMemoryStorage();
});

describe('persistedAtom', () => {
  it('reads what an earlier visit stored, and the initial value when nothing is stored', () => {
    memory['count'] = '3';
    expect(persistedAtom('count', 0, codec).get()).toBe(3);
    expect(persistedAtom('other', 7, codec).get()).toBe(7);
  });

  it('stores every new value, and removes the key when the value encodes to nothing', () => {
    const store = persistedAtom('saved', 0, codec);
    store.set(2);
    expect(memory).toEqual({ saved: '2' });
    store.set(0);
    expect(memory).toEqual({});
  });

  it("takes in another tab's value, and tells its listeners", () => {
    const store = persistedAtom('shared', 0, codec);
    const seen: number[] = [];
    const stop = store.listen((value) => seen.push(value));
    memory['shared'] = '5';
    storageChanged();
    expect(store.get()).toBe(5);
    delete memory['shared'];
    storageChanged();
    expect(store.get()).toBe(0);
    expect(seen).toEqual([5, 0]);
    stop();
  });
});
