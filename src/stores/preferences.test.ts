import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { storageChanged, useMemoryStorage } from './persisted-atom';

let memory: Record<string, string> = {};
const getTestStorage = () => memory;
/** As another tab would: writes the key, and the stores hear of it. */
const setTestStorageKey = (key: string, value: string) => {
  memory[key] = value;
  storageChanged();
};
const cleanTestStorage = () => {
  for (const key of Object.keys(memory)) delete memory[key];
};
import { $preferences, PREFERENCES_KEY, setReadAloud } from './preferences';

beforeAll(() => {
  memory = useMemoryStorage();
});
afterEach(() => {
  $preferences.set({ readAloud: false });
  cleanTestStorage();
});

describe('preferences store', () => {
  it('keeps read-aloud under its key, and stores nothing once it is off again', () => {
    const unsubscribe = $preferences.listen(() => {});
    expect(PREFERENCES_KEY).toBe('balise:v1:prefs');
    expect($preferences.get()).toEqual({ readAloud: false });
    setReadAloud(true);
    expect(getTestStorage()).toEqual({ 'balise:v1:prefs': '{"readAloud":true}' });
    setReadAloud(false);
    expect(getTestStorage()).toEqual({});
    unsubscribe();
  });

  it('reads read-aloud saved by an earlier visit', () => {
    const unsubscribe = $preferences.listen(() => {});
    setTestStorageKey(PREFERENCES_KEY, '{"readAloud":true}');
    expect($preferences.get()).toEqual({ readAloud: true });
    unsubscribe();
  });

  it.each([
    ['corrupted JSON', '{"readAloud":'],
    ['JSON null', 'null'],
    ['a value that is not true', '{"readAloud":"yes"}'],
  ])('reads %s as read-aloud off', (_case, raw) => {
    const unsubscribe = $preferences.listen(() => {});
    setTestStorageKey(PREFERENCES_KEY, '{"readAloud":true}');
    setTestStorageKey(PREFERENCES_KEY, raw);
    expect($preferences.get()).toEqual({ readAloud: false });
    unsubscribe();
  });
});
