// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  askOfflineWorker,
  isStoragePersistent,
  registerOfflineWorker,
  requestPersistentStorage,
  requestPersistentStorageQuietly,
  savesData,
  whenIdle,
} from './offline-client';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** Puts `extra` on the navigator the module sees. */
const stubNavigator = (extra: Record<string, unknown>) =>
  vi.stubGlobal('navigator', Object.assign(Object.create(navigator) as Navigator, extra));

describe('savesData', () => {
  it('is true only when the connection asks to save data', () => {
    stubNavigator({ connection: { saveData: true } });
    expect(savesData()).toBe(true);
    stubNavigator({ connection: { saveData: false } });
    expect(savesData()).toBe(false);
    stubNavigator({ connection: { saveData: 'yes' } });
    expect(savesData()).toBe(false);
    stubNavigator({ connection: undefined });
    expect(savesData()).toBe(false);
  });
});

describe('whenIdle', () => {
  it('waits for the load event, then for an idle moment at most 10 s away', () => {
    const idle = vi.fn();
    vi.stubGlobal('requestIdleCallback', idle);
    vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading');
    const task = vi.fn();
    whenIdle(task);
    expect(idle).not.toHaveBeenCalled();
    window.dispatchEvent(new Event('load'));
    window.dispatchEvent(new Event('load'));
    expect(idle).toHaveBeenCalledTimes(1);
    expect(idle).toHaveBeenCalledWith(task, { timeout: 10_000 });
    expect(task).not.toHaveBeenCalled();
  });

  it('runs 2 s after a loaded page where the browser has no idle callback', () => {
    vi.useFakeTimers();
    const { requestIdleCallback: _gone, ...rest } = window as unknown as Record<string, unknown>;
    vi.stubGlobal('window', rest);
    vi.spyOn(document, 'readyState', 'get').mockReturnValue('complete');
    const task = vi.fn();
    whenIdle(task);
    vi.advanceTimersByTime(1_999);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);
  });
});

describe('registerOfflineWorker', () => {
  it('registers sw.js for the whole site under its base', async () => {
    const register = vi.fn().mockResolvedValue('registration');
    stubNavigator({ serviceWorker: { register } });
    await expect(registerOfflineWorker('/balise/')).resolves.toBe('registration');
    expect(register).toHaveBeenCalledWith('/balise/sw.js', { scope: '/balise/' });
  });
});

describe('askOfflineWorker', () => {
  /** A worker that answers every message with `reply`, recording what it was sent. */
  const worker = (reply: unknown) => {
    const sent: unknown[] = [];
    return {
      sent,
      postMessage: (message: unknown, [port]: MessagePort[]) => {
        sent.push(message);
        port!.postMessage(reply);
      },
    };
  };

  it('sends the request to the active worker and gives its answer', async () => {
    const active = worker({ allFiles: 3 });
    stubNavigator({ serviceWorker: { getRegistration: async () => ({ active }) } });
    await expect(askOfflineWorker({ type: 'status', lang: 'fr' })).resolves.toEqual({ allFiles: 3 });
    expect(active.sent).toEqual([{ type: 'status', lang: 'fr' }]);
  });

  it('waits for a worker that is still installing', async () => {
    const active = worker({ allFiles: 1 });
    stubNavigator({ serviceWorker: { getRegistration: async () => ({ active: null }), ready: Promise.resolve({ active }) } });
    await expect(askOfflineWorker({ type: 'erase' })).resolves.toEqual({ allFiles: 1 });
  });

  it('gives undefined without service workers, a registration or an active worker', async () => {
    const { serviceWorker: _none, ...rest } = Object.getOwnPropertyDescriptors(Navigator.prototype);
    vi.stubGlobal('navigator', Object.create(Object.prototype, rest) as Navigator);
    await expect(askOfflineWorker({ type: 'erase' })).resolves.toBeUndefined();
    stubNavigator({ serviceWorker: { getRegistration: async () => undefined } });
    await expect(askOfflineWorker({ type: 'erase' })).resolves.toBeUndefined();
    stubNavigator({
      serviceWorker: { getRegistration: async () => ({ active: null }), ready: Promise.resolve({ active: null }) },
    });
    await expect(askOfflineWorker({ type: 'erase' })).resolves.toBeUndefined();
  });
});

describe('persistent storage', () => {
  it('says whether the data is kept, and undefined where the browser cannot say', async () => {
    stubNavigator({ storage: { persisted: async () => true } });
    await expect(isStoragePersistent()).resolves.toBe(true);
    stubNavigator({ storage: { persisted: async () => false } });
    await expect(isStoragePersistent()).resolves.toBe(false);
    stubNavigator({ storage: undefined });
    await expect(isStoragePersistent()).resolves.toBeUndefined();
    stubNavigator({ storage: { persisted: () => Promise.reject(new Error('blocked')) } });
    await expect(isStoragePersistent()).resolves.toBeUndefined();
  });

  it('asks for it and says whether it was granted, false where it cannot', async () => {
    stubNavigator({ storage: { persist: async () => true } });
    await expect(requestPersistentStorage()).resolves.toBe(true);
    stubNavigator({ storage: {} });
    await expect(requestPersistentStorage()).resolves.toBe(false);
    stubNavigator({ storage: { persist: () => Promise.reject(new Error('blocked')) } });
    await expect(requestPersistentStorage()).resolves.toBe(false);
  });

  it('asks quietly everywhere but in Firefox, which would show a prompt', () => {
    const persist = vi.fn().mockResolvedValue(true);
    stubNavigator({ storage: { persist } });
    requestPersistentStorageQuietly();
    expect(persist).toHaveBeenCalledTimes(1);
    vi.stubGlobal('window', Object.assign(Object.create(window) as Window, { mozInnerScreenX: 0 }));
    requestPersistentStorageQuietly();
    expect(persist).toHaveBeenCalledTimes(1);
  });
});
