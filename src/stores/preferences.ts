import { persistentAtom } from '@nanostores/persistent';
import { STORAGE_PREFIX } from './storage-prefix';
import './storage-engine';

/**
 * The pupil's preferences, kept under `balise:v1:prefs` as JSON `{ "readAloud": true }`.
 * `readAloud` shows the read-aloud button in every quiz (it is always shown for ages 6 to 11).
 * Unknown or corrupted data reads as the defaults; the progress page erases it with the rest.
 */
export interface Preferences {
  readAloud: boolean;
}

const DEFAULTS: Preferences = { readAloud: false };

/** localStorage key of the preferences. */
export const PREFERENCES_KEY = `${STORAGE_PREFIX}v1:prefs`;

/** The pupil's preferences on this device. */
export const $preferences = persistentAtom<Preferences>(PREFERENCES_KEY, DEFAULTS, {
  encode: (value) => (value.readAloud ? JSON.stringify(value) : undefined),
  decode: (raw) => {
    try {
      const data: unknown = JSON.parse(raw);
      // Stryker disable next-line ConditionalExpression,LogicalOperator: without these tests, null throws inside the try, which gives the same DEFAULTS (read-aloud off)
      return { readAloud: typeof data === 'object' && data !== null && (data as Preferences).readAloud === true };
    } catch {
      return DEFAULTS;
    }
  },
});

/** Turns read-aloud on or off for every quiz. */
export const setReadAloud = (on: boolean): void => $preferences.set({ ...$preferences.get(), readAloud: on });
