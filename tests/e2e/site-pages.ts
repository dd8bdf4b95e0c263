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
 * The pages the per-page checks (axe, privacy) visit: every page of the first language, and in
 * the other languages every page except the lesson-specific ones, of which one lesson per band
 * (same templates, translated text). Keeps the suite's time flat as lessons are added.
 */
export function pagesToCheck(pages = builtPages()): string[] {
  const lessonPage = /^\/(\w\w)\/(?:lessons|teachers)\/([^/]+)\//;
  const lessons = lessonsWithQuizTypes();
  const perBand = new Set([...new Set(lessons.map((l) => l.band))].map((band) => lessons.find((l) => l.band === band)!.id));
  return pages.filter((path) => {
    const match = lessonPage.exec(path);
    return !match || match[1] === 'fr' || perBand.has(match[2]!);
  });
}
