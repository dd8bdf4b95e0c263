import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { lessonsWithQuizTypes } from './site-content';

const DIST = join(import.meta.dirname, '../../dist');

/** Every page of the built site, as a URL path ("/fr/lessons/x/"), found in dist/. */
export function builtPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name === 'index.html') pages.push(`/${relative(DIST, dir).split(sep).join('/')}/`.replace(/\/+$/, '/'));
    }
  };
  walk(DIST);
  return pages.sort();
}

/** One page of each type in one language: home, band, lesson, teacher hub, notes, help, progress. */
export function pageTypes(lang: string, lessonId: string, band: string): Record<string, string> {
  return {
    home: `/${lang}/`,
    band: `/${lang}/${band}/`,
    lesson: `/${lang}/lessons/${lessonId}/`,
    teachers: `/${lang}/teachers/`,
    notes: `/${lang}/teachers/${lessonId}/`,
    help: `/${lang}/help/`,
    progress: `/${lang}/progress/`,
  };
}

/**
 * The pages the per-page checks (axe, privacy) visit: every page that is not about one lesson; in
 * the first language, each lesson's pupil page and teacher notes (their text differs from lesson
 * to lesson); and every page of one lesson per band (worksheet, letters, projector: the same
 * templates; the projector and print specs cover every lesson's slides and pages). Keeps the
 * suite's time nearly flat as lessons are added.
 */
export function pagesToCheck(pages = builtPages()): string[] {
  const lessonPage = /^\/(\w\w)\/(?:lessons|teachers)\/([^/]+)\/(.*)$/;
  const lessons = lessonsWithQuizTypes();
  const perBand = new Set([...new Set(lessons.map((l) => l.band))].map((band) => lessons.find((l) => l.band === band)!.id));
  const ids = new Set(lessons.map((l) => l.id));
  return pages.filter((path) => {
    const match = lessonPage.exec(path);
    return !match || !ids.has(match[2]!) || perBand.has(match[2]!) || (match[1] === 'fr' && match[3] === '');
  });
}
