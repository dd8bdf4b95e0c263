/**
 * What the offline copy costs a pupil's connection, per language, read from the built site:
 * the first visit of a lesson page until idle (the page, its code and styles, the service worker
 * and the shared files it precaches), and the offline copy of the language (those shared files and
 * every file of `offline/<lang>.json`, every lesson kept). Sizes raw, gzip (level 9) and brotli
 * (quality 11); files that are not text (Pagefind's index, already compressed) count raw in all
 * three, as a server sends them. Used by `npm run bench` and `npm run bench:scale`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { OfflineList } from '../src/lib/offline/offline-list.ts';
import { moduleImports, pageAssets } from './page-assets.ts';

/** Bytes of a set of files: raw, gzip, brotli. */
export type Sizes = [raw: number, gzip: number, brotli: number];

const TEXT = /\.(?:html|js|mjs|css|json|svg|webmanifest|txt)$/;

const measured = new Map<string, Sizes>();

function sizesOf(file: string): Sizes {
  const known = measured.get(file);
  if (known) return known;
  const body = readFileSync(file);
  const sizes: Sizes = TEXT.test(file)
    ? [
        body.length,
        gzipSync(body, { level: 9 }).length,
        brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      ]
    : [body.length, body.length, body.length];
  measured.set(file, sizes);
  return sizes;
}

const total = (sizes: Sizes[]): Sizes =>
  sizes.reduce<Sizes>((sum, s) => [sum[0] + s[0], sum[1] + s[1], sum[2] + s[2]], [0, 0, 0]);

/** The file under `dist` that a URL path of the site (with the base) is served from. */
function fileOf(dist: string, base: string, url: string): string {
  const path = decodeURIComponent(url.split('?')[0]!).slice(base.length);
  return join(dist, path.endsWith('/') || path === '' ? `${path}index.html` : path);
}

/** The files the service worker precaches (paths inside `dist`), read from its manifest. */
export function precachedFiles(dist: string): string[] {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  return [...new Set([...sw.matchAll(/"url":"([^"]+)"/g)].map((match) => match[1]!))];
}

/** Languages that have an offline list in this build. */
export function offlineLanguages(dist: string): string[] {
  const dir = join(dist, 'offline');
  return existsSync(dir) ? readdirSync(dir).flatMap((name) => (name.endsWith('.json') ? [name.slice(0, -5)] : [])) : [];
}

function listOf(dist: string, lang: string): OfflineList {
  return JSON.parse(readFileSync(join(dist, 'offline', `${lang}.json`), 'utf8')) as OfflineList;
}

/** The site's base path, from the URLs of a list ("/" or "/balise/"). */
function baseOf(list: OfflineList): string {
  const home = list.entries.find((entry) => entry.kind === 'page' && entry.url.endsWith(`/${list.lang}/`));
  return home ? home.url.slice(0, -`${list.lang}/`.length) : '/';
}

/** The offline copy of one language, every lesson kept. */
export interface OfflineCopyWeight {
  lang: string;
  lessons: number;
  files: number;
  bytes: Sizes;
}

/** Weighs the offline copy of `lang`: the worker, the shared precache and the language's list. */
export function offlineCopyWeight(dist: string, lang: string): OfflineCopyWeight {
  const list = listOf(dist, lang);
  const base = baseOf(list);
  const files = [
    join(dist, 'sw.js'),
    ...precachedFiles(dist).map((path) => join(dist, path)),
    ...list.entries.map((entry) => fileOf(dist, base, entry.url)),
  ];
  const unique = [...new Set(files)];
  return {
    lang,
    lessons: list.entries.filter((entry) => entry.kind === 'lesson').length,
    files: unique.length,
    bytes: total(unique.map(sizesOf)),
  };
}

/**
 * The first visit of a lesson page with its quiz, until the page is idle: the HTML, the styles and
 * scripts it loads (following imports), the web app manifest and icon, the service worker and the
 * files it precaches (each counted once). The offline copy itself downloads later.
 */
export function firstVisitWeight(dist: string, lang: string): { page: string; files: number; bytes: Sizes } | undefined {
  const list = listOf(dist, lang);
  const base = baseOf(list);
  const lesson = list.entries
    .filter((entry) => entry.kind === 'lesson')
    .find((entry) => readFileSync(fileOf(dist, base, entry.url), 'utf8').includes('data-quiz-mount'));
  if (!lesson) return undefined;
  const html = fileOf(dist, base, lesson.url);
  const assets = pageAssets(readFileSync(html, 'utf8'));
  const files = new Set([html, join(dist, 'sw.js'), join(dist, 'manifest.webmanifest'), join(dist, 'favicon.svg')]);
  const queue = [...assets.scripts, ...assets.styles].map((url) => fileOf(dist, base, url));
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (files.has(file)) continue;
    files.add(file);
    if (file.endsWith('.js')) for (const spec of moduleImports(readFileSync(file, 'utf8'))) queue.push(join(file, '..', spec));
  }
  for (const path of precachedFiles(dist)) files.add(join(dist, path));
  return { page: lesson.url, files: files.size, bytes: total([...files].filter((file) => existsSync(file)).map(sizesOf)) };
}

/** Gzip bytes of a language's lesson pages, per lesson: what each new lesson adds at least. */
export function perLessonWeight(dist: string, lang: string): number {
  const list = listOf(dist, lang);
  const base = baseOf(list);
  const lessons = list.entries.filter((entry) => entry.kind === 'lesson');
  return lessons.length === 0 ? 0 : total(lessons.map((entry) => sizesOf(fileOf(dist, base, entry.url))))[1] / lessons.length;
}
