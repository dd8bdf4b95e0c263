import type { Band } from '../schemas/bands';
import type { Lang } from '../schemas/languages';

/** A page of the site, independent of language and host; see the route table in DESIGN.md. */
export type PageRef =
  | { page: 'home' }
  | { page: 'band'; band: Band }
  | { page: 'lesson'; id: string }
  | { page: 'teachers' }
  | { page: 'teacher-notes'; id: string }
  | { page: 'worksheet'; id: string }
  | { page: 'parent-note'; id: string }
  | { page: 'projector'; id: string }
  | { page: 'class-results'; id: string }
  | { page: 'help' }
  | { page: 'start' }
  | { page: 'progress' }
  | { page: 'about' }
  | { page: 'lesson-set' }
  | { page: 'set-builder' };

/** Path of a page inside the site, without the base: `fr/lessons/consent/`. */
export function pageSlug(ref: PageRef, lang: Lang): string {
  switch (ref.page) {
    case 'home':
      return `${lang}/`;
    case 'band':
      return `${lang}/${ref.band}/`;
    case 'lesson':
      return `${lang}/lessons/${ref.id}/`;
    case 'teachers':
      return `${lang}/teachers/`;
    case 'teacher-notes':
      return `${lang}/teachers/${ref.id}/`;
    case 'worksheet':
      return `${lang}/teachers/${ref.id}/worksheet/`;
    case 'parent-note':
      return `${lang}/teachers/${ref.id}/parents/`;
    case 'projector':
      return `${lang}/teachers/${ref.id}/projector/`;
    case 'class-results':
      return `${lang}/teachers/${ref.id}/class/`;
    case 'help':
      return `${lang}/help/`;
    case 'start':
      return `${lang}/help/start/`;
    case 'progress':
      return `${lang}/progress/`;
    case 'about':
      return `${lang}/about/`;
    case 'lesson-set':
      return `${lang}/set/`;
    case 'set-builder':
      return `${lang}/teachers/set/`;
  }
}

/** Joins the site's base path ("/" or "/balise/") and a path inside the site. */
export function withBase(base: string, path = ''): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}${path.replace(/^\//, '')}`;
}

/** Absolute path of a page in a language, e.g. `/balise/nl/lessons/consent/`. */
export function pageHref(ref: PageRef, lang: Lang, base: string): string {
  return withBase(base, pageSlug(ref, lang));
}

/** Full address of a page, with the school's site: `https://school.example/balise/nl/lessons/consent/`. */
export function pageAddress(ref: PageRef, lang: Lang, base: string, site: string): string {
  return new URL(pageHref(ref, lang, base), site).href;
}
