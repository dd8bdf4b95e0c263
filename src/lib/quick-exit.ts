/** A key release, as the quick-exit shortcut sees it. */
export interface KeyRelease {
  /** `KeyboardEvent.key` of the key released. */
  key: string;
  /** Whether Shift was held when the key was released (`KeyboardEvent.shiftKey`). */
  shiftKey: boolean;
  /** Time of the release in ms (any steady clock, e.g. `performance.now()`). */
  time: number;
}

/** Shift presses in a row that leave the page. */
export const EXIT_PRESSES = 3;

/**
 * GOV.UK's "Exit this page" shortcut: Shift pressed three times in a row leaves the page. Each
 * Shift release must come within `windowMs` of the previous one (GOV.UK: 5 seconds); any other
 * key, or Shift used as a modifier (Shift+A for a capital), starts the count again. Returns a
 * function to call on every key release (`keyup`); it returns how many Shift presses are counted
 * (`EXIT_PRESSES`: leave the page).
 */
export function createShiftCounter(windowMs = 5000): (release: KeyRelease) => number {
  let count = 0;
  let last = Number.NEGATIVE_INFINITY;
  let lastWasModified = false;
  return ({ key, shiftKey, time }) => {
    const counts = key === 'Shift' && !lastWasModified;
    lastWasModified = shiftKey;
    count = !counts ? 0 : time - last <= windowMs ? (count % EXIT_PRESSES) + 1 : 1;
    last = time;
    return count;
  };
}

/**
 * Leaves the site at once: hides the page, then replaces it in the history with a neutral one,
 * so that "back" does not bring it back.
 */
export function quickExit(url: string, doc: Document = document, loc: Location = location): void {
  doc.title = '';
  doc.body.replaceChildren();
  loc.replace(url);
}
