/**
 * `npm run screenshots`: every page type of the built site (dist/), in the light and the dark
 * theme, on a 360 px phone and a 1280 px screen, as full-page PNGs in reports/screenshots/
 * (git-ignored), e.g. `lesson-dark-360.png`. Uses Playwright with the system's Chromium where
 * Playwright has none of its own (CHROME_PATH chooses another).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { serveFolder } from '../tests/e2e/static-server.ts';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
const out = join(root, 'reports/screenshots');
const port = Number(process.env['SCREENSHOT_PORT'] ?? 4399);

if (!existsSync(join(dist, 'index.html'))) {
  console.error('dist/ is missing: run `npm run build` first (npm run screenshots does).');
  process.exit(1);
}

/** The first lesson of a band that has a quiz, from the English lesson files. */
function lessonOf(band: string): string {
  const dir = join(root, 'lessons/en');
  const name = readdirSync(dir)
    .filter((file) => file.endsWith('.mdx') && !file.endsWith('.teacher.mdx'))
    .sort()
    .find((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      return text.includes(`band: "${band}"`) && /^quiz:/m.test(text);
    });
  if (!name) throw new Error(`lessons/en has no ${band} lesson with a quiz`);
  return name.replace(/\.mdx$/, '');
}

const young = lessonOf('6-8');
const older = lessonOf('15-18');
const pages: Record<string, string> = {
  'language-choice': '/',
  home: '/en/',
  'home-fr': '/fr/',
  'band-6-8': '/en/6-8/',
  'band-15-18': '/en/15-18/',
  'lesson-6-8': `/en/lessons/${young}/`,
  'lesson-15-18': `/en/lessons/${older}/`,
  help: '/en/help/',
  progress: '/en/progress/',
  about: '/en/about/',
  teachers: '/en/teachers/',
  'teacher-notes': `/en/teachers/${young}/`,
  worksheet: `/en/teachers/${young}/worksheet/`,
  parents: `/en/teachers/${young}/parents/`,
  projector: `/en/teachers/${young}/projector/`,
  'set-builder': '/en/teachers/set/',
  'class-results': `/en/teachers/${young}/class/`,
};

const playwrightChromium = chromium.executablePath();
const executablePath = process.env['CHROME_PATH'] ?? (existsSync(playwrightChromium) ? undefined : '/usr/bin/chromium');
mkdirSync(out, { recursive: true });
const server = await serveFolder(dist, port);
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--no-sandbox', '--disable-gpu'] });
const written: string[] = [];
try {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [360, 1280]) {
      const context = await browser.newContext({
        viewport: { width, height: width === 360 ? 740 : 800 },
        colorScheme,
        isMobile: width === 360,
        hasTouch: width === 360,
        serviceWorkers: 'block',
      });
      const page = await context.newPage();
      for (const [name, path] of Object.entries(pages)) {
        await page.goto(`http://127.0.0.1:${port}${path}`);
        // Quizzes start when they scroll into view: show them started.
        const quiz = page.locator('[data-quiz-mount]');
        if ((await quiz.count()) > 0) {
          await quiz.scrollIntoViewIfNeeded();
          await page.locator('.quiz-app[data-ready]').waitFor({ state: 'attached' });
          await page.evaluate(() => window.scrollTo(0, 0));
        }
        const file = `${name}-${colorScheme}-${width}.png`;
        await page.screenshot({ path: join(out, file), fullPage: name !== 'projector' });
        written.push(file);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`${written.length} screenshots in reports/screenshots/:\n${written.join('\n')}`);
