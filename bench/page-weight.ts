/**
 * `npm run bench`: bytes each page type loads (HTML, CSS, JS; raw and gzip), following every
 * module a page pulls in, checked against the budgets. Prints a table and writes
 * bench/results.json. Run after `npm run build` (the npm script does both).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { moduleImports, pageAssets } from './page-assets.ts';

const DIST = join(import.meta.dirname, '../dist');
const BUDGET = { quizJs: 20_000, noQuizJs: 0, css: 15_000, lessonHtml: 30_000 };

const gzip = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const fileOf = (url: string) => join(DIST, decodeURIComponent(url.replace(/^\//, '').split('?')[0]!));

/** Every JS file a page loads, following imports from its entry modules. */
function jsClosure(entries: string[]): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const code = readFileSync(fileOf(url), 'utf8');
    for (const spec of moduleImports(code)) queue.push(posix.join(posix.dirname(url), spec));
  }
  return [...seen];
}

interface Weight {
  page: string;
  path: string;
  html: [number, number];
  css: [number, number];
  js: [number, number];
  jsFiles: number;
}

function weigh(page: string, path: string): Weight {
  const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
  const assets = pageAssets(html);
  const css = assets.styles.map((url) => readFileSync(fileOf(url)));
  const js = jsClosure(assets.scripts).map((url) => readFileSync(fileOf(url)));
  const sum = (parts: Array<string | Buffer>) => [parts.reduce((n, p) => n + Buffer.byteLength(p), 0), parts.reduce((n, p) => n + gzip(p), 0)] as [number, number];
  return {
    page,
    path,
    html: sum([html]),
    css: sum([...css, ...assets.inlineStyles]),
    js: sum([...js, ...assets.inlineScripts]),
    jsFiles: js.length + assets.inlineScripts.length,
  };
}

/** The first lesson page (fr) with, or without, a quiz island; undefined if the site has none. */
function lessonPage(withQuiz: boolean): string | undefined {
  const root = join(DIST, 'fr/lessons');
  return readdirSync(root)
    .sort()
    .map((id) => `fr/lessons/${id}/`)
    .find((path) => readFileSync(join(DIST, path, 'index.html'), 'utf8').includes('<astro-island') === withQuiz);
}

if (!existsSync(join(DIST, 'index.html'))) {
  console.error('dist/ is missing: run `npm run build` first (npm run bench does).');
  process.exit(1);
}

const quizLesson = lessonPage(true);
const plainLesson = lessonPage(false);
const firstId = readdirSync(join(DIST, 'fr/lessons')).sort()[0]!;
const pages: Array<[string, string | undefined]> = [
  ['language choice', ''],
  ['home', 'fr/'],
  ['band index', 'fr/12-14/'],
  ['lesson with quiz', quizLesson],
  ['lesson without quiz', plainLesson],
  ['teacher notes', `fr/teachers/${firstId}/`],
  ['teacher hub', 'fr/teachers/'],
  ['help', 'fr/help/'],
  ['progress', 'fr/progress/'],
];
const weights = pages.flatMap(([page, path]) => (path === undefined ? [] : [weigh(page, path)]));
const kb = (bytes: number) => (bytes / 1000).toFixed(1);

const checks = [
  ...weights.filter((w) => w.page === 'lesson with quiz').map((w) => ({ what: 'quiz page JS (gzip)', value: w.js[1], budget: BUDGET.quizJs })),
  ...weights.filter((w) => w.page === 'lesson without quiz').map((w) => ({ what: 'lesson without quiz JS', value: w.js[1], budget: BUDGET.noQuizJs })),
  ...weights.map((w) => ({ what: `CSS of ${w.page} (gzip)`, value: w.css[1], budget: BUDGET.css })),
  ...weights.filter((w) => w.page.startsWith('lesson')).map((w) => ({ what: `HTML of ${w.page} (gzip)`, value: w.html[1], budget: BUDGET.lessonHtml })),
];

console.log('\nPage weight (kB = 1000 bytes; raw / gzip)\n');
console.log(['page'.padEnd(22), 'HTML'.padStart(14), 'CSS'.padStart(14), 'JS'.padStart(14), 'JS files'.padStart(9)].join(' '));
for (const w of weights) {
  const cell = ([raw, gz]: [number, number]) => `${kb(raw)} / ${kb(gz)}`.padStart(14);
  console.log([w.page.padEnd(22), cell(w.html), cell(w.css), cell(w.js), String(w.jsFiles).padStart(9)].join(' '));
}
if (!plainLesson) console.log('\n(no lesson without a quiz in this site: that row is not measured)');
console.log('\nBudgets');
for (const check of checks) {
  const ok = check.value <= check.budget;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${check.what}: ${kb(check.value)} kB (budget ${kb(check.budget)} kB)`);
}
mkdirSync(join(import.meta.dirname), { recursive: true });
writeFileSync(join(import.meta.dirname, 'results.json'), `${JSON.stringify({ date: new Date().toISOString(), budget: BUDGET, pages: weights, checks }, null, 2)}\n`);
console.log('\nWritten to bench/results.json');
if (checks.some((check) => check.value > check.budget)) process.exitCode = 1;
