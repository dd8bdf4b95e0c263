import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import en from '../../src/i18n/en.json' with { type: 'json' };
import fr from '../../src/i18n/fr.json' with { type: 'json' };
import { answerWithKeyboard, waitForQuiz } from './quiz-keyboard';
import { WCAG_TAGS } from './axe';

/** A 360 px Android phone (the reference device). */
test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

const labels = { check: en['quiz.check'], next: en['quiz.next'], results: en['quiz.results'], continue: en['quiz.continue'] };

/** The pupil lesson with the most text (French is the longest language). */
function longestLesson(): string {
  const dir = join(import.meta.dirname, '../../lessons/fr');
  const lessons = readdirSync(dir).filter((name) => name.endsWith('.mdx') && !name.endsWith('.teacher.mdx'));
  const longest = lessons.sort((a, b) => statSync(join(dir, b)).size - statSync(join(dir, a)).size)[0]!;
  return longest.replace(/\.mdx$/, '');
}

const exitLink = (page: Page, name = fr['exit.label']) => page.getByRole('link', { name });

/** The quick exit is on screen, big enough to tap, and nothing is drawn over it. */
async function expectExitUsable(page: Page, name?: string) {
  const exit = exitLink(page, name);
  await expect(exit).toBeInViewport({ ratio: 1 });
  const box = (await exit.boundingBox())!;
  expect(box.width).toBeGreaterThanOrEqual(44);
  expect(box.height).toBeGreaterThanOrEqual(44);
  const onTop = await exit.evaluate((link) => {
    const rect = link.getBoundingClientRect();
    const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
    return !!hit && link.contains(hit);
  });
  expect(onTop).toBe(true);
}

const scrollToEnd = (page: Page) => page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
const noHorizontalScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

test.describe('quick exit', () => {
  const path = `/fr/lessons/${longestLesson()}/`;

  test('stays on screen at the end of the longest lesson, and never covers the text', async ({ page }) => {
    await page.goto(path);
    const bar = page.getByRole('navigation', { name: fr['exit.region'] });
    const barBottom = (await bar.boundingBox())!.y + (await bar.boundingBox())!.height;
    // At rest, the bar takes its own room: the page title starts below it.
    expect((await page.getByRole('heading', { level: 1 }).boundingBox())!.y).toBeGreaterThanOrEqual(barBottom);
    await scrollToEnd(page);
    await expectExitUsable(page);
    // A heading reached by a link scrolls clear of the bar.
    await page.goto(`${path}#remember`);
    await expect(page.locator('#remember')).toBeInViewport();
    expect((await page.locator('#remember').boundingBox())!.y).toBeGreaterThanOrEqual(barBottom - 1);
  });

  test('stays on screen at 200 % zoom: a 180 px wide viewport at twice the pixel density', async ({ browser }) => {
    // Browser zoom at 200 % on a 360 px phone lays the page out in 180 CSS pixels.
    const context = await browser.newContext({ viewport: { width: 180, height: 370 }, deviceScaleFactor: 4, isMobile: true });
    const page = await context.newPage();
    await page.goto(path);
    await scrollToEnd(page);
    await expectExitUsable(page);
    // The bar itself fits (the rest of the page is held to 320 px by the reflow checks).
    const bar = page.getByRole('navigation', { name: fr['exit.region'] });
    expect(await bar.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
    await context.close();
  });

  test('stays on screen with text at 200 % (the phone’s font size setting)', async ({ page }) => {
    await page.goto(path);
    // The page's CSP forbids injected style elements; CSSOM changes are allowed.
    await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
    await scrollToEnd(page);
    await expectExitUsable(page);
  });

  test('stays on screen in landscape (740 × 360)', async ({ page }) => {
    await page.setViewportSize({ width: 740, height: 360 });
    await page.goto(path);
    await scrollToEnd(page);
    await expectExitUsable(page);
    // The bar keeps to one row: most of the short screen is left for reading.
    const bar = (await page.getByRole('navigation', { name: fr['exit.region'] }).boundingBox())!;
    expect(bar.height).toBeLessThan(360 / 5);
  });

  test('Shift three times in a row leaves the page; two, or three with a pause, do not', async ({ page }) => {
    await page.route('https://www.google.com/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>Weather</title>' }),
    );
    await page.clock.install();
    await page.goto('/en/lessons/sextortion-what-to-do/');
    const status = page.locator('[data-quick-exit-status]');
    await page.keyboard.press('Shift');
    await expect(status).toHaveText(en['exit.pressTwo']);
    await page.keyboard.press('Shift');
    await expect(status).toHaveText(en['exit.pressOne']);
    await page.clock.fastForward(6000);
    await page.keyboard.press('Shift');
    await expect(status).toHaveText(en['exit.pressTwo']);
    await page.keyboard.press('a');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await expect(page).toHaveURL(/\/en\/lessons\//);
    await page.keyboard.press('Shift');
    await expect(page).toHaveURL(/google\.com/);
    await page.goBack();
    await expect(page).not.toHaveURL(/sextortion-what-to-do/);
  });
});

test.describe('"Something happened? Start here"', () => {
  test('a 14-year-old on a 12-14 lesson reaches the sextortion steps in two taps', async ({ page }) => {
    await page.goto('/en/lessons/nudes-pressure-and-forwarding/');
    await scrollToEnd(page);
    await page
      .getByRole('navigation', { name: en['exit.region'] })
      .getByRole('link', { name: `${en['start.linkQuestion']} ${en['start.linkAction']}` })
      .tap();
    await expect(page).toHaveURL(/\/en\/help\/start\/$/);
    await page.getByRole('link', { name: 'Someone threatens to share a picture of me' }).tap();
    const section = page.getByRole('region', { name: 'Someone threatens to share a picture of me' });
    const steps = section.getByRole('list', { name: en['start.steps'] });
    await expect(steps).toBeInViewport();
    await expect(steps.getByRole('listitem').first()).toHaveText("Don't pay, and don't send anything more.");
    await expect(section.getByRole('link', { name: /Child Focus|116/ }).first()).toBeVisible();
    await expect(section.getByRole('link', { name: 'Sextortion: what to do' })).toHaveAttribute(
      'href',
      /\/en\/lessons\/sextortion-what-to-do\/$/,
    );
  });

  test('is one tap away from the home page, in every language', async ({ page }) => {
    for (const [lang, strings] of [
      ['fr', fr],
      ['en', en],
    ] as const) {
      await page.goto(`/${lang}/`);
      await page
        .getByRole('navigation', { name: strings['exit.region'] })
        .getByRole('link', { name: `${strings['start.linkQuestion']} ${strings['start.linkAction']}` })
        .tap();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(strings['start.title']);
    }
  });

  test('has no axe violation and no horizontal scroll', async ({ page }) => {
    for (const lang of ['fr', 'nl', 'en']) {
      await page.goto(`/${lang}/help/start/`);
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      expect(await noHorizontalScroll(page)).toBe(true);
    }
  });
});

test.describe('shared devices', () => {
  const lesson = '/en/lessons/nudes-pressure-and-forwarding/';
  const REFLECTION = 'Something only I should see';

  /** Answers the whole quiz with the keyboard, writing a reflection where there is one; ends on the end screen. */
  async function finishQuiz(page: Page) {
    await waitForQuiz(page);
    const total = Number(await page.locator('.question-card progress').getAttribute('max'));
    let wrote = false;
    for (let index = 0; index < total; index += 1) {
      const textarea = page.locator('.question-card textarea');
      if ((await textarea.count()) > 0) {
        await textarea.fill(REFLECTION);
        wrote = true;
      }
      await answerWithKeyboard(page, labels, index === total - 1);
    }
    expect(wrote).toBe(true);
    await expect(page.getByRole('region', { name: en['quiz.endTitle'] })).toBeVisible();
  }

  const stored = (page: Page) =>
    page.evaluate(() => Object.entries(localStorage).filter(([key]) => key.startsWith('balise:v1:quiz:')));

  test('with ?shared=1, the next pupil finds nothing of the previous one, in the lesson or on the progress page', async ({
    page,
  }) => {
    await page.goto('/en/?shared=1');
    await page.goto(lesson);
    await finishQuiz(page);
    await expect(page.getByText(en['quiz.shared'])).toBeVisible();
    expect(JSON.stringify(await stored(page))).not.toContain(REFLECTION);

    // The pupil leaves; the next one opens the same lesson in the same tab.
    await page.goto('/en/');
    await page.goto(lesson);
    await waitForQuiz(page);
    await expect(page.getByText('Question 1 of', { exact: false })).toBeVisible();
    await expect(page.getByRole('region', { name: en['quiz.endTitle'] })).toHaveCount(0);
    expect(await stored(page)).toEqual([]);

    await page.goto('/en/progress/');
    await expect(page.getByText(en['progress.empty'])).toBeVisible();
  });

  test('a finished quiz left by a pupil who closed the tab is gone for the next one', async ({ page }) => {
    await page.goto(lesson);
    await page.evaluate(() => {
      localStorage.setItem(
        'balise:v1:quiz:nudes-pressure-and-forwarding',
        JSON.stringify({
          version: 2,
          attempt: 'x',
          current: 5,
          answers: { q: ['a'] },
          checked: ['q'],
          completed: true,
          score: 1,
          updatedAt: '',
        }),
      );
    });
    await page.goto('/en/progress/?shared=1');
    await expect(page.getByText(en['progress.empty'])).toBeVisible();
  });

  test('without the link, "I\'m done: clear my answers" clears this quiz and says so', async ({ page }) => {
    await page.goto(lesson);
    await finishQuiz(page);
    expect(JSON.stringify(await stored(page))).toContain(REFLECTION);
    await page.getByRole('button', { name: en['quiz.clear'] }).click();
    await expect(page.getByText(en['quiz.cleared'])).toBeVisible();
    expect(await stored(page)).toEqual([]);
    await page.reload();
    await waitForQuiz(page);
    await expect(page.getByText('Question 1 of', { exact: false })).toBeVisible();
  });
});
