import { BANDS } from '../../schemas/bands';

/**
 * The offline copy of one language, as the build writes it to `offline/<lang>.json` and the
 * service worker reads it: the pupil pages and the search files of that language, each with its
 * size on disk. Teacher pages and other languages are not listed: they are kept when visited.
 */
export interface OfflineList {
  /** Language of the pages, e.g. `fr`. */
  lang: string;
  /** Changes whenever any file of the site changes, so a new build gets a new service worker. */
  version: string;
  entries: OfflineEntry[];
}

/** One file of the offline copy. */
export interface OfflineEntry {
  /** Absolute URL path, with the base: `/balise/fr/lessons/consent/`. */
  url: string;
  /** Size on disk (uncompressed), in bytes. */
  bytes: number;
  /** `lesson`: a lesson page; `page`: the other pupil pages; `search`: that language's search index. */
  kind: 'page' | 'lesson' | 'search';
}

/** A built file: its path inside `dist/` with `/` separators, and its size. */
export interface BuiltFile {
  path: string;
  bytes: number;
}

// Stryker disable next-line StringLiteral: language codes (a-z) and age bands (digits and "-") hold no character special in patterns, so dropping instead of escaping changes nothing
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Which part of the offline copy of `lang` a built file belongs to, if any. */
export function offlineKind(path: string, lang: string): OfflineEntry['kind'] | undefined {
  const l = escape(lang);
  const pages = new RegExp(`^${l}/(?:(?:${BANDS.map(escape).join('|')}|help|progress)/)?index\\.html$`);
  if (pages.test(path)) return 'page';
  if (new RegExp(`^${l}/lessons/[^/]+/index\\.html$`).test(path)) return 'lesson';
  const search = new RegExp(
    `^pagefind/(?:pagefind\\.js|pagefind-worker\\.js|pagefind-entry\\.json|wasm\\.${l}\\.pagefind|pagefind\\.${l}_[^/]+\\.pf_meta|(?:index|fragment)/${l}_[^/]+)$`,
  );
  return search.test(path) ? 'search' : undefined;
}

/** The URL a file is served at: `fr/help/index.html` is `/base/fr/help/`. */
export function fileUrl(path: string, base: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The offline copy of `lang` from the list of built files: pages first, then lessons, then search. */
export function offlineList(lang: string, files: readonly BuiltFile[], base: string, version: string): OfflineList {
  const order: Record<OfflineEntry['kind'], number> = { page: 0, lesson: 1, search: 2 };
  const entries = files
    .flatMap((file) => {
      const kind = offlineKind(file.path, lang);
      return kind ? [{ url: fileUrl(file.path, base), bytes: file.bytes, kind }] : [];
    })
    .sort((a, b) => order[a.kind] - order[b.kind] || a.url.localeCompare(b.url));
  return { lang, version, entries };
}

/**
 * True when a Pagefind fragment (decompressed: `pagefind_dcd{"url":…}`) describes a page of the
 * offline copy of `lang`. Pagefind writes URLs from the root of the built folder (the base is
 * added when results are shown). Fragments of teacher pages stay out of the pupils' copy:
 * offline, a search then lists only what can be opened.
 */
export function fragmentInCopy(fragment: string, lang: string): boolean {
  const url = /"url":"\/([^"]*)"/.exec(fragment)?.[1];
  // Stryker disable next-line ConditionalExpression: work-saving; without it the path "undefinedindex.html" is no page of any language either
  if (url === undefined) return false;
  const kind = offlineKind(`${url}index.html`, lang);
  return kind === 'page' || kind === 'lesson';
}
