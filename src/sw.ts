/// <reference lib="webworker" />
/**
 * The service worker (bundled by @vite-pwa/astro, strategy injectManifest). It precaches only the
 * files every page shares (code, styles, icon, manifest and the offline lists, see
 * astro.config.mjs); pages are kept in one cache per version of the site:
 * - a page asks for the offline copy of its language once it is idle (`keep`, see
 *   src/stores/offline-copy.ts), and the worker downloads the files of `offline/<lang>.json`;
 * - any other page or file of the site is kept the first time it is fetched (cache first).
 * A new version installs beside the old one and waits until every tab of the site is closed (no
 * skipWaiting): a quiz in progress is never reloaded. On activation it deletes the old caches.
 */
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import type { OfflineList } from './lib/offline/offline-list';
import { isOfflineRequest, manifestVersion, type OfflineRequest, type OfflineStatus } from './lib/offline/offline-messages';
import { selectOfflineEntries, summarizeOfflineCopy } from './lib/offline/offline-selection';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<string | { url: string; revision: string | null }> };

const manifest = self.__WB_MANIFEST;
const PREFIX = 'balise-offline-';
const CACHE = `${PREFIX}${manifestVersion(manifest)}`;
const scope = new URL(self.registration.scope);
/** Set when the pupil erases the offline copy: from then on this worker keeps nothing. */
let erased = false;

precacheAndRoute(manifest, { ignoreURLParametersMatching: [/^utm_/, /^ts$/] });
cleanupOutdatedCaches();

registerRoute(
  ({ url, request }) =>
    !erased && request.method === 'GET' && url.origin === scope.origin && url.pathname.startsWith(scope.pathname),
  // Workbox keeps only responses with status 200 (no error page is ever stored).
  new CacheFirst({
    cacheName: CACHE,
    matchOptions: { ignoreSearch: true, ignoreVary: true },
  }),
);

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE).map((key) => caches.delete(key))),
      ),
  );
});

async function listOf(lang: string): Promise<OfflineList | undefined> {
  const response = await matchPrecache(new URL(`offline/${lang}.json`, scope).href);
  return response ? ((await response.json()) as OfflineList) : undefined;
}

async function storedPaths(cache: Cache): Promise<Set<string>> {
  return new Set((await cache.keys()).map((request) => new URL(request.url).pathname));
}

async function keep(list: OfflineList, everyLesson: boolean): Promise<void> {
  const cache = await caches.open(CACHE);
  const stored = await storedPaths(cache);
  const queue = selectOfflineEntries(list, everyLesson).filter((entry) => !stored.has(entry.url));
  // Two downloads at a time: quick enough, and the pupil's own clicks still get through.
  const worker = async () => {
    for (let entry = queue.shift(); entry && !erased; entry = queue.shift()) {
      try {
        const response = await fetch(entry.url, { credentials: 'same-origin' });
        if (response.status === 200 && !erased) await cache.put(entry.url, response);
      } catch {
        // Offline or the server failed: the next visit tries again.
      }
    }
  };
  await Promise.all([worker(), worker()]);
}

async function status(list: OfflineList | undefined): Promise<OfflineStatus> {
  let allFiles = 0;
  let allBytes = 0;
  const paths = new Set<string>();
  for (const key of await caches.keys()) {
    if ((!key.startsWith(PREFIX) && !key.startsWith('workbox-precache')) || !(await caches.has(key))) continue;
    const cache = await caches.open(key);
    for (const request of await cache.keys()) {
      paths.add(new URL(request.url).pathname);
      allFiles += 1;
      allBytes += (await (await cache.match(request))?.blob())?.size ?? 0;
    }
  }
  return { summary: list && summarizeOfflineCopy(list, paths), allFiles, allBytes };
}

async function answer(request: OfflineRequest): Promise<OfflineStatus> {
  if (request.type === 'erase') {
    erased = true;
    await Promise.all((await caches.keys()).map((key) => caches.delete(key)));
    return { summary: undefined, allFiles: 0, allBytes: 0 };
  }
  const list = await listOf(request.lang);
  if (request.type === 'keep' && list) await keep(list, request.everyLesson);
  return status(list);
}

self.addEventListener('message', (event) => {
  const port = event.ports[0];
  if (!port || !isOfflineRequest(event.data)) return;
  event.waitUntil(answer(event.data).then((result) => port.postMessage(result)));
});
