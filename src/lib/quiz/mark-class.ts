/**
 * The class that marks an answer part after checking: " is-right", " is-wrong" (only where the
 * pupil's choice was wrong, when `shown` is false for unchosen options), or "".
 */
export function markClass(checked: boolean, right: boolean, shown = true): string {
  if (!checked) return '';
  if (right) return ' is-right';
  return shown ? ' is-wrong' : '';
}
