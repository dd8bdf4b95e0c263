// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { createDoublePress, quickExit } from './quick-exit';

describe('createDoublePress', () => {
  it('fires on a second press within the window, then starts again', () => {
    const press = createDoublePress(1000);
    expect(press(0)).toBe(false);
    expect(press(600)).toBe(true);
    expect(press(900)).toBe(false);
    expect(press(2500)).toBe(false);
    expect(press(3400)).toBe(true);
  });

  it('fires on a second press exactly at the end of the window', () => {
    const press = createDoublePress(1000);
    expect([0, 1000].map(press)).toEqual([false, true]);
  });

  it('does not fire on presses further apart than the window', () => {
    const press = createDoublePress(1000);
    expect([0, 1500, 3000].map(press)).toEqual([false, false, false]);
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
