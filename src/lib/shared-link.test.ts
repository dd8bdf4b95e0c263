// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { isSharedDevice, SHARED_KEY } from '../stores/shared-device';
import { rememberSharedDevice, SHARED_LINK_KEY } from './shared-link';

const session = () => sessionStorage;
beforeEach(() => sessionStorage.clear());

describe('rememberSharedDevice', () => {
  it('keeps the class link for the session, and ?shared=0 ends it', () => {
    rememberSharedDevice('?x=1&shared=1', session);
    expect(sessionStorage.getItem(SHARED_LINK_KEY)).toBe('1');
    rememberSharedDevice('?lesson=next', session);
    rememberSharedDevice('?shared=yes', session);
    expect(sessionStorage.getItem(SHARED_LINK_KEY)).toBe('1');
    rememberSharedDevice('?shared=0', session);
    expect(sessionStorage.getItem(SHARED_LINK_KEY)).toBeNull();
  });

  it('never throws when sessionStorage fails', () => {
    const throwing = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    expect(() => rememberSharedDevice('?shared=1', throwing)).not.toThrow();
    expect(() => rememberSharedDevice('?shared=1', () => undefined)).not.toThrow();
  });
});

describe('the page script and the quiz agree', () => {
  it('use the same sessionStorage key', () => {
    expect(SHARED_LINK_KEY).toBe(SHARED_KEY);
  });

  it('the next page is a shared device exactly when this one was', () => {
    for (const stored of [false, true]) {
      for (const search of ['', '?shared=1', '?shared=0', '?x=1&shared=1', '?shared=maybe']) {
        sessionStorage.clear();
        if (stored) sessionStorage.setItem(SHARED_KEY, '1');
        const onThisPage = isSharedDevice(session, search);
        rememberSharedDevice(search, session);
        expect(isSharedDevice(session, ''), `next page after ${search} (stored before: ${stored})`).toBe(onThisPage);
      }
    }
  });
});
