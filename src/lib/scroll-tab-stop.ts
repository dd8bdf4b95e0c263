/** The sizes of a scroll box that tell whether its content overflows. */
export interface BoxSize {
  scrollWidth: number;
  clientWidth: number;
  scrollHeight: number;
  clientHeight: number;
}

/** Whether a scroll box has something to scroll, so keyboard users need it in the tab order. */
export function overflows(box: BoxSize): boolean {
  return box.scrollWidth > box.clientWidth || box.scrollHeight > box.clientHeight;
}

/**
 * Keeps a scroll box (rendered with `tabindex="0"`, so it can be scrolled by keyboard without
 * JavaScript) in the tab order only while its content overflows, as the window or its content changes.
 */
export function keepTabStopWhileScrolling(box: HTMLElement): void {
  const update = () => (overflows(box) ? box.setAttribute('tabindex', '0') : box.removeAttribute('tabindex'));
  const observer = new ResizeObserver(update);
  observer.observe(box);
  if (box.firstElementChild) observer.observe(box.firstElementChild);
  update();
}
