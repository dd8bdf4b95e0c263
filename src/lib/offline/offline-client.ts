/**
 * The page's side of the offline copy: asks the service worker (src/sw.ts) to keep a language's
 * pupil pages or to say what it holds, and asks the browser to keep the site's data. Nothing is
 * stored here: the copy lives in the service worker's caches, erased by eraseOfflineCopy().
 */
import type { OfflineRequest, OfflineStatus } from './offline-messages';

/** True when the connection asks to save data (Chrome on Android's "Lite mode", Data Saver). */
export function savesData(): boolean {
  return (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;
}

/** Runs `task` once the page has loaded and the browser is idle (at most 10 s after load). */
export function whenIdle(task: () => void): void {
  const idle = () => ('requestIdleCallback' in window ? requestIdleCallback(task, { timeout: 10_000 }) : setTimeout(task, 2_000));
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
}

/** Registers the service worker (src/sw.ts) for the whole site under `base`. */
export function registerOfflineWorker(base: string): Promise<ServiceWorkerRegistration> {
  return navigator.serviceWorker.register(`${base}sw.js`, { scope: base });
}

/** Sends a request to the service worker once it is active; `undefined` where none is registered. */
export async function askOfflineWorker(request: OfflineRequest): Promise<OfflineStatus | undefined> {
  if (!('serviceWorker' in navigator)) return undefined;
  const registration = await navigator.serviceWorker.getRegistration();
  if (!registration) return undefined;
  const worker = registration.active ?? (await navigator.serviceWorker.ready).active;
  if (!worker) return undefined;
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event: MessageEvent<OfflineStatus>) => resolve(event.data);
    worker.postMessage(request, [channel.port2]);
  });
}

/** `true` when the browser promised to keep the site's data until the user erases it. */
export async function isStoragePersistent(): Promise<boolean | undefined> {
  try {
    // Stryker disable next-line OptionalChaining: a missing storage or method throws inside the try, which gives the same undefined
    return await navigator.storage?.persisted?.();
  } catch {
    return undefined;
  }
}

/** Asks the browser to keep the site's data (progress and offline copy); `true` when granted. */
export async function requestPersistentStorage(): Promise<boolean> {
  try {
    // Stryker disable next-line OptionalChaining: a missing storage or method throws inside the try, which gives the same false
    return (await navigator.storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}

/**
 * Asks for persistent storage where the browser decides without asking the user (Chrome, Edge,
 * Safari: by how much the site is used, or whether it is on the home screen). Firefox would show
 * a permission prompt to a pupil in the middle of a lesson, so there only the progress page's
 * button asks.
 */
export function requestPersistentStorageQuietly(): void {
  if (!('mozInnerScreenX' in window)) void requestPersistentStorage();
}
