/**
 * `npm run bench:scale`: builds synthetic catalogues of 100 and 1,000 lessons per language (three
 * languages, each lesson with teacher notes and a quiz) in a temporary folder and reports wall
 * time, pages per second, peak memory (`/usr/bin/time -v`) and, per language, the offline copy
 * with every lesson kept (files, kB raw / gzip / brotli). Writes bench/scale-results.json.
 * Pass sizes as arguments to choose others: `npm run bench:scale -- 50 200`.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { offlineCopyWeight, offlineLanguages } from './offline-weight.ts';

const ROOT = join(import.meta.dirname, '..');
const LANGS = ['fr', 'nl', 'en'];
const TEMPLATE = 'sextortion-what-to-do';
const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);

/** A copy of the project whose content is `count` copies of one real lesson per language. */
function makeSite(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), `balise-scale-${count}-`));
  for (const entry of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  const quiz = readFileSync(join(ROOT, 'quizzes', `${TEMPLATE}.yaml`), 'utf8');
  mkdirSync(join(dir, 'quizzes'));
  for (const lang of LANGS) mkdirSync(join(dir, 'lessons', lang), { recursive: true });
  for (let index = 1; index <= count; index += 1) {
    const id = `${TEMPLATE}-${index}`;
    writeFileSync(join(dir, 'quizzes', `${id}.yaml`), quiz);
    for (const lang of LANGS) {
      const lesson = readFileSync(join(ROOT, 'lessons', lang, `${TEMPLATE}.mdx`), 'utf8')
        .replace(/^quiz: .*$/m, `quiz: ${id}`)
        .replace(/^title: "(.*)"$/m, `title: "$1 (${index})"`);
      writeFileSync(join(dir, 'lessons', lang, `${id}.mdx`), lesson);
      cpSync(join(ROOT, 'lessons', lang, `${TEMPLATE}.teacher.mdx`), join(dir, 'lessons', lang, `${id}.teacher.mdx`));
    }
  }
  return dir;
}

function countPages(dir: string): number {
  return readdirSync(dir, { recursive: true }).filter((name) => String(name).endsWith('index.html')).length;
}

const results = [];
for (const count of sizes.length > 0 ? sizes : [100, 1000]) {
  const dir = makeSite(count);
  const started = performance.now();
  const run = spawnSync('/usr/bin/time', ['-v', 'astro', 'build'], { cwd: dir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) {
    console.error(run.stdout.slice(-2000), run.stderr.slice(-4000));
    throw new Error(`the build of ${count} lessons per language failed`);
  }
  const peakKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)?.[1] ?? 0);
  const pages = countPages(join(dir, 'dist'));
  const offline = offlineLanguages(join(dir, 'dist')).map((lang) => offlineCopyWeight(join(dir, 'dist'), lang));
  const result = {
    lessonsPerLanguage: count,
    pages,
    seconds: Math.round(seconds * 10) / 10,
    pagesPerSecond: Math.round(pages / seconds),
    peakMemoryMb: Math.round(peakKb / 1024),
    offline,
  };
  results.push(result);
  console.log(
    `${String(count).padStart(5)} lessons/language: ${pages} pages in ${result.seconds} s (${result.pagesPerSecond} pages/s), peak memory ${result.peakMemoryMb} MB`,
  );
  for (const copy of offline) {
    const [raw, gz, br] = copy.bytes.map((bytes) => (bytes / 1000).toFixed(0));
    const perLesson = (copy.bytes[1] / copy.lessons / 1000).toFixed(1);
    console.log(
      `      offline copy ${copy.lang}: ${copy.files} files, ${raw} / ${gz} / ${br} kB (raw / gzip / brotli), ${perLesson} kB gzip per lesson`,
    );
  }
  rmSync(dir, { recursive: true, force: true });
}
writeFileSync(
  join(import.meta.dirname, 'scale-results.json'),
  `${JSON.stringify({ date: new Date().toISOString(), results }, null, 2)}\n`,
);
