/**
 * Counts Escape presses: returns a function that takes the time of each press (ms) and says
 * whether it completes a double press, i.e. comes within `windowMs` of the previous one.
 */
export function createDoublePress(windowMs = 1000): (time: number) => boolean {
  let last = Number.NEGATIVE_INFINITY;
  return (time) => {
    const double = time - last <= windowMs;
    last = double ? Number.NEGATIVE_INFINITY : time;
    return double;
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
