/**
 * `npm run bench` (page weight): prints the bytes each page type loads and the budgets, and
 * writes bench/results.json. Run after `npm run build` (the npm script does both).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { offlineReports } from './offline-checks.ts';
import type { Sizes } from './offline-weight.ts';
import { BUDGET, firstQuestionJs, weighPages, type Bytes } from './page-weight-core.ts';

const dist = join(import.meta.dirname, '../dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error('dist/ is missing: run `npm run build` first (npm run bench does).');
  process.exit(1);
}

const pages = weighPages(dist);
const offline = offlineReports(dist);
const { weights, missing } = pages;
const checks = [...pages.checks, ...offline.checks];
const kb = (bytes: number) => (bytes / 1000).toFixed(1);
const cell = ([raw, gz]: Bytes) => `${kb(raw)} / ${kb(gz)}`.padStart(14);

console.log('\nPage weight (kB = 1000 bytes; raw / gzip)\n');
console.log(
  [
    'page'.padEnd(22),
    'HTML'.padStart(14),
    'CSS'.padStart(14),
    'JS'.padStart(14),
    'JS files'.padStart(9),
    'JS later'.padStart(14),
  ].join(' '),
);
for (const w of weights)
  console.log(
    [w.page.padEnd(22), cell(w.html), cell(w.css), cell(w.js), String(w.jsFiles).padStart(9), cell(w.laterJs)].join(' '),
  );
console.log('(JS: what the page loads before it runs; JS later: fetched by import() on a tap or once the page is idle)');
for (const page of missing) console.log(`(no ${page} in this site: not measured)`);
const sizes = ([raw, gz, br]: Sizes) => `${kb(raw)} / ${kb(gz)} / ${kb(br)}`.padStart(24);
console.log('\nPer language (kB; raw / gzip / brotli)\n');
console.log(
  [
    'lang'.padEnd(5),
    'quiz JS gz'.padStart(10),
    'first visit'.padStart(24),
    'offline copy'.padStart(24),
    'files'.padStart(6),
    'lessons'.padStart(8),
    'per lesson gz'.padStart(14),
  ].join(' '),
);
for (const r of offline.reports)
  console.log(
    [
      r.lang.padEnd(5),
      (r.quizJs === undefined ? '-' : kb(r.quizJs)).padStart(10),
      r.firstVisit ? sizes(r.firstVisit.bytes) : '-'.padStart(24),
      sizes(r.copy.bytes),
      String(r.copy.files).padStart(6),
      String(r.copy.lessons).padStart(8),
      kb(r.perLesson).padStart(14),
    ].join(' '),
  );
const quizJs = Math.max(...offline.reports.map((r) => r.quizJs ?? 0));
const heaviest = weights.find((w) => w.page === 'lesson with quiz, heaviest');
console.log(
  `\nQuiz page JS: ${kb(quizJs)} kB gzip first load, against the 15 kB of issues #12 and #13 (${quizJs <= BUDGET.quizJs ? 'within' : `${kb(quizJs - BUDGET.quizJs)} kB over`})`,
);
if (heaviest)
  console.log(
    `Heaviest quiz (${heaviest.path}): ${kb(firstQuestionJs(heaviest))} kB until its first question works (its opening view, ${kb(heaviest.openingJs[1])} kB, is fetched at once)`,
  );
console.log('\nBudgets');
for (const check of checks) {
  console.log(
    `${check.value <= check.budget ? 'ok  ' : 'OVER'} ${check.what}: ${kb(check.value)} kB (budget ${kb(check.budget)} kB)`,
  );
}
writeFileSync(
  join(import.meta.dirname, 'results.json'),
  `${JSON.stringify({ date: new Date().toISOString(), weights, offline: offline.reports, checks }, null, 2)}\n`,
);
console.log('\nWritten to bench/results.json');
if (checks.some((check) => check.value > check.budget)) process.exitCode = 1;
