// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { createShiftCounter, EXIT_PRESSES, quickExit, type KeyRelease } from './quick-exit';

const shift = (time: number): KeyRelease => ({ key: 'Shift', shiftKey: false, time });
const key = (name: string, time: number, shiftKey = false): KeyRelease => ({ key: name, shiftKey, time });

describe('createShiftCounter', () => {
  it('counts Shift presses in a row up to three (leave the page)', () => {
    const release = createShiftCounter(5000);
    expect([0, 400, 800].map((time) => release(shift(time)))).toEqual([1, 2, EXIT_PRESSES]);
  });

  it('starts again after a pause longer than the window, and counts a press exactly at its end', () => {
    const release = createShiftCounter(5000);
    expect([0, 400, 5401, 10401, 15401].map((time) => release(shift(time)))).toEqual([1, 2, 1, 2, 3]);
  });

  it('starts again when another key comes in between', () => {
    const release = createShiftCounter(5000);
    release(shift(0));
    release(shift(100));
    expect(release(key('a', 200))).toBe(0);
    expect(release(shift(300))).toBe(1);
  });

  it('does not count Shift used to type a capital letter', () => {
    const release = createShiftCounter(5000);
    release(shift(0));
    release(shift(100));
    // Shift+A: "A" is released while Shift is held, then Shift is released.
    expect(release(key('A', 200, true))).toBe(0);
    expect(release(shift(300))).toBe(0);
    expect(release(shift(400))).toBe(1);
  });

  it('starts over after a third press', () => {
    const release = createShiftCounter(5000);
    expect([0, 1, 2, 3].map((time) => release(shift(time)))).toEqual([1, 2, 3, 1]);
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
