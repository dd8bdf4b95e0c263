/**
 * Bytes each page type of the built site loads (HTML, CSS, JS; raw and gzip), following every
 * module a page pulls in, and the budgets they are held to. Used by `npm run bench` (printed)
 * and by `npm run test:dist` (checked).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { QuestionView } from '../src/lib/quiz/types.ts';
import { viewName } from '../src/lib/quiz/view-name.ts';
import { moduleImports, pageAssets, staticImports } from './page-assets.ts';

/**
 * Budgets in bytes (gzip): DESIGN.md's quality bars and issues #8 and #12. A text page (a lesson
 * without a quiz, a band index, help) ships no framework code, only the site script every page has
 * (quick exit; registering the service worker and asking for the offline copy once the page is
 * idle): 0.9 kB in one file. Issues #12 and #13: a quiz page's JavaScript within 15 kB, counted
 * as what the page loads before it runs (its first load). What a pupil needs only later is
 * fetched by import() once the page is idle or on a tap ("JS later"): the feedback after "check",
 * the end screen, the read-aloud control, the views of question types other than choice and
 * sorting. A quiz that opens on such a question fetches that view at once and goes live when it
 * has arrived: `firstQuestion` holds the first load plus that view, on the heaviest quiz page.
 */
export const BUDGET = {
  quizJs: 15_000,
  firstQuestion: 16_000,
  noQuizJs: 1_000,
  css: 15_000,
  lessonHtml: 30_000,
  /** Issue #12: first visit of a lesson page with its quiz, until idle (page, worker, precache). */
  firstVisit: 100_000,
};

/**
 * Issue #12: the offline copy of one language, every lesson kept (gzip): 1 MB at 22 lessons, 40 kB
 * per lesson more. Enforced since the teacher notes got their own search index (32 lessons:
 * 1.02-1.12 MB against 1.4 MB).
 */
export const offlineAim = (lessons: number): number => 1_000_000 + 40_000 * Math.max(0, lessons - 22);

/** Raw and gzip bytes. */
export type Bytes = [raw: number, gzip: number];

/** What one page type weighs. */
export interface Weight {
  page: string;
  path: string;
  html: Bytes;
  css: Bytes;
  /** The JavaScript the page loads before it runs: its scripts and what they import statically. */
  js: Bytes;
  jsFiles: number;
  /** The JavaScript fetched later by dynamic `import()` (on a tap, or once the page is idle). */
  laterJs: Bytes;
  laterJsFiles: number;
  /**
   * Part of `laterJs` fetched at once, not later: the view of the question a quiz opens on, when
   * the quiz script does not bring it (its chunk is named after the view, e.g. `OrderingView.*.js`).
   */
  openingJs: Bytes;
}

/** A budget check: a measured value against its budget. */
export interface Check {
  what: string;
  value: number;
  budget: number;
}

const gzip = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

const sum = (parts: Array<string | Buffer>): Bytes => [
  parts.reduce((n, p) => n + Buffer.byteLength(p), 0),
  parts.reduce((n, p) => n + gzip(p), 0),
];

/** Every module reached from `entries` through `imports` (URLs inside `dist`), the entries included. */
function reachable(entries: string[], imports: (code: string) => string[], read: (url: string) => string): Set<string> {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    for (const spec of imports(read(url))) queue.push(posix.join(posix.dirname(url), spec));
  }
  return seen;
}

/** The view the first quiz of a page opens on ('Ordering' for `OrderingView`), read from its props. */
function openingView(html: string): string | undefined {
  const props = /<script[^>]*data-quiz-props[^>]*>([\s\S]*?)<\/script>/.exec(html)?.[1];
  const type = props === undefined ? undefined : (JSON.parse(props) as QuizPageProps).quiz.questions[0]?.type;
  if (type === undefined) return undefined;
  const name = viewName(type);
  return name[0]!.toUpperCase() + name.slice(1);
}

interface QuizPageProps {
  quiz: { questions: Array<{ type: QuestionView['type'] }> };
}

/** Weighs one built page (`path` inside `dist`, e.g. `fr/help/`). */
export function weigh(dist: string, page: string, path: string): Weight {
  const fileOf = (url: string) => join(dist, decodeURIComponent(url.replace(/^\//, '').split('?')[0]!));
  const read = (url: string) => readFileSync(fileOf(url), 'utf8');
  const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
  const assets = pageAssets(html);
  const first = reachable(assets.scripts, staticImports, read);
  const later = [...reachable(assets.scripts, moduleImports, read)].filter((url) => !first.has(url));
  const view = openingView(html);
  const opening = view === undefined ? [] : later.filter((url) => posix.basename(url).startsWith(`${view}View.`));
  const opened = [...reachable(opening, staticImports, read)].filter((url) => !first.has(url));
  const js = [...first].map((url) => readFileSync(fileOf(url)));
  const css = assets.styles.map((url) => readFileSync(fileOf(url)));
  return {
    page,
    path,
    html: sum([html]),
    css: sum([...css, ...assets.inlineStyles]),
    js: sum([...js, ...assets.inlineScripts]),
    jsFiles: js.length + assets.inlineScripts.length,
    laterJs: sum(later.map((url) => readFileSync(fileOf(url)))),
    laterJsFiles: later.length,
    openingJs: sum(opened.map((url) => readFileSync(fileOf(url)))),
  };
}

/** JavaScript before the first question of a page's quiz works: first load and opening view (gzip). */
export const firstQuestionJs = (weight: Weight): number => weight.js[1] + weight.openingJs[1];

/** The first lesson page of a language with, or without, a quiz island; undefined if the site has none. */
export function lessonPage(dist: string, withQuiz: boolean, lang = 'fr'): string | undefined {
  return readdirSync(join(dist, `${lang}/lessons`))
    .sort()
    .map((id) => `${lang}/lessons/${id}/`)
    .find((path) => readFileSync(join(dist, path, 'index.html'), 'utf8').includes('data-quiz-mount') === withQuiz);
}

/**
 * The lesson page of a language whose quiz needs the most JavaScript before its first question
 * works (firstQuestionJs): quizzes that open on a question type the quiz script does not bring
 * fetch its view at once. Undefined if the site has no quiz.
 */
export function heaviestQuizPage(dist: string, lang = 'fr'): string | undefined {
  return readdirSync(join(dist, `${lang}/lessons`))
    .map((id) => `${lang}/lessons/${id}/`)
    .filter((path) => readFileSync(join(dist, path, 'index.html'), 'utf8').includes('data-quiz-mount'))
    .map((path) => ({ path, js: firstQuestionJs(weigh(dist, 'lesson with quiz', path)) }))
    .sort((a, b) => b.js - a.js || a.path.localeCompare(b.path))[0]?.path;
}

/** Weighs one page of each type (French) and checks the budgets. */
export function weighPages(dist = join(import.meta.dirname, '../dist')): {
  weights: Weight[];
  checks: Check[];
  missing: string[];
} {
  const firstId = readdirSync(join(dist, 'fr/lessons')).sort()[0]!;
  const pages: Array<[string, string | undefined]> = [
    ['language choice', ''],
    ['home', 'fr/'],
    ['band index', 'fr/12-14/'],
    ['lesson with quiz', lessonPage(dist, true)],
    ['lesson with quiz, heaviest', heaviestQuizPage(dist)],
    ['lesson without quiz', lessonPage(dist, false)],
    ['teacher notes', `fr/teachers/${firstId}/`],
    ['teacher hub', 'fr/teachers/'],
    ['help', 'fr/help/'],
    ['progress', 'fr/progress/'],
  ];
  const weights = pages.flatMap(([page, path]) => (path === undefined ? [] : [weigh(dist, page, path)]));
  const missing = pages.filter(([, path]) => path === undefined).map(([page]) => page);
  const checks: Check[] = [
    ...weights
      .filter((w) => w.page.startsWith('lesson with quiz'))
      .map((w) => ({ what: `JS of a ${w.page}, first load (gzip)`, value: w.js[1], budget: BUDGET.quizJs })),
    ...weights
      .filter((w) => w.page === 'lesson with quiz, heaviest')
      .map((w) => ({
        what: `JS of a ${w.page}, until its first question works (gzip)`,
        value: firstQuestionJs(w),
        budget: BUDGET.firstQuestion,
      })),
    ...weights
      .filter((w) => ['lesson without quiz', 'band index', 'help'].includes(w.page))
      .map((w) => ({ what: `JS of ${w.page} (gzip)`, value: w.js[1], budget: BUDGET.noQuizJs })),
    ...weights.map((w) => ({ what: `CSS of ${w.page} (gzip)`, value: w.css[1], budget: BUDGET.css })),
    ...weights
      .filter((w) => w.page === 'lesson with quiz' || w.page === 'lesson without quiz')
      .map((w) => ({ what: `HTML of ${w.page} (gzip)`, value: w.html[1], budget: BUDGET.lessonHtml })),
  ];
  return { weights, checks, missing };
}
