// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { keepTabStopWhileScrolling, overflows } from './scroll-tab-stop';

describe('scroll box tab stop', () => {
  it('is needed only when the content is wider or taller than the box', () => {
    expect(overflows({ scrollWidth: 640, clientWidth: 375, scrollHeight: 300, clientHeight: 300 })).toBe(true);
    expect(overflows({ scrollWidth: 900, clientWidth: 900, scrollHeight: 300, clientHeight: 300 })).toBe(false);
    expect(overflows({ scrollWidth: 900, clientWidth: 900, scrollHeight: 301, clientHeight: 300 })).toBe(true);
  });
});

describe('keepTabStopWhileScrolling', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  /** A scroll box as rendered (in the tab order), whose sizes the test sets, and the resize observer it gets. */
  function setUp() {
    const box = document.createElement('div');
    box.setAttribute('tabindex', '0');
    const table = box.appendChild(document.createElement('table'));
    const size = { scrollWidth: 300, clientWidth: 300, scrollHeight: 200, clientHeight: 200 };
    for (const key of Object.keys(size) as (keyof typeof size)[]) {
      Object.defineProperty(box, key, { get: () => size[key] });
    }
    const observed: Element[] = [];
    let resized = () => {};
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(callback: () => void) {
          resized = callback;
        }
        observe(target: Element) {
          observed.push(target);
        }
      },
    );
    return { box, table, size, observed, resize: () => resized() };
  }

  it('takes a box with nothing to scroll out of the tab order at once', () => {
    const { box } = setUp();
    keepTabStopWhileScrolling(box);
    expect(box.hasAttribute('tabindex')).toBe(false);
  });

  it('watches the box and its content, and puts the box back in the tab order when its content overflows', () => {
    const { box, table, size, observed, resize } = setUp();
    keepTabStopWhileScrolling(box);
    expect(observed).toEqual([box, table]);
    size.scrollWidth = 640;
    resize();
    expect(box.getAttribute('tabindex')).toBe('0');
    size.scrollWidth = 300;
    resize();
    expect(box.hasAttribute('tabindex')).toBe(false);
  });
});
