// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { createShiftTriple, quickExit, type KeyRelease } from './quick-exit';

const shift = (time: number): KeyRelease => ({ key: 'Shift', shiftKey: false, time });
const key = (name: string, time: number, shiftKey = false): KeyRelease => ({ key: name, shiftKey, time });

describe('createShiftTriple', () => {
  it('exits on the third Shift in a row, counting each press', () => {
    const release = createShiftTriple(5000);
    expect([0, 400, 800].map((time) => release(shift(time)))).toEqual([
      { count: 1, exit: false },
      { count: 2, exit: false },
      { count: 0, exit: true },
    ]);
  });

  it('does not exit on two Shifts', () => {
    const release = createShiftTriple(5000);
    expect([0, 400].map((time) => release(shift(time)).exit)).toEqual([false, false]);
  });

  it('starts again after a pause longer than the window, and counts a press exactly at its end', () => {
    const release = createShiftTriple(5000);
    expect([0, 400, 5401, 10401].map((time) => release(shift(time)))).toEqual([
      { count: 1, exit: false },
      { count: 2, exit: false },
      { count: 1, exit: false },
      { count: 2, exit: false },
    ]);
    expect(release(shift(15401)).exit).toBe(true);
  });

  it('starts again when another key comes in between', () => {
    const release = createShiftTriple(5000);
    release(shift(0));
    release(shift(100));
    expect(release(key('a', 200))).toEqual({ count: 0, exit: false });
    expect(release(shift(300)).exit).toBe(false);
  });

  it('does not count Shift used to type a capital letter', () => {
    const release = createShiftTriple(5000);
    release(shift(0));
    release(shift(100));
    // Shift+A: "A" is released while Shift is held, then Shift is released.
    release(key('A', 200, true));
    expect(release(shift(300))).toEqual({ count: 0, exit: false });
    expect(release(shift(400))).toEqual({ count: 1, exit: false });
  });

  it('can start over after exiting', () => {
    const release = createShiftTriple(5000);
    [0, 1, 2].forEach((time) => release(shift(time)));
    expect(release(shift(3))).toEqual({ count: 1, exit: false });
  });
});

describe('quickExit', () => {
  it('empties the page and replaces it in the history', () => {
    document.title = 'Sextortion: what to do';
    document.body.innerHTML = '<main>lesson</main>';
    const replace = vi.fn();
    quickExit('https://example.org/weather', document, { replace } as unknown as Location);
    expect(document.body.innerHTML).toBe('');
    expect(document.title).toBe('');
    expect(replace).toHaveBeenCalledWith('https://example.org/weather');
  });
});
