import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import en from '../../src/i18n/en.json' with { type: 'json' };
import { tabUntil } from './quiz-keyboard';
import { lessonsWithQuizTypes } from './site-content';

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

const lessons = lessonsWithQuizTypes();
/** A 6-8 lesson whose quiz has a sorting question (the 6-8 quizzes have no ordering). */
const young = lessons.find((lesson) => lesson.band === '6-8' && lesson.types.includes('sorting'))!;
/** A lesson whose quiz has an ordering question. */
const withOrdering = lessons.find((lesson) => lesson.types.includes('ordering'))!;

const card = (page: Page) => page.locator('.question-card');
/** The quiz's elements wider than the screen (the rest of the page's reflow is another part of issue #13). */
const quizOverflow = (page: Page) =>
  page
    .locator('.quiz *')
    .evaluateAll((elements) =>
      elements
        .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .map((el) => `${el.tagName}.${el.className}`),
    );

/** Starts a quiz at question `index` (as a pupil coming back to it would). */
async function openAt(page: Page, id: string, index: number): Promise<void> {
  await page.addInitScript(
    ([key, current]) =>
      localStorage.setItem(
        key as string,
        JSON.stringify({
          version: 2,
          attempt: 't',
          current,
          answers: {},
          checked: [],
          completed: false,
          score: null,
          updatedAt: '',
        }),
      ),
    [`balise:v1:quiz:${id}`, index] as const,
  );
  await page.goto(`/en/lessons/${id}/`);
  await expect(page.locator('.quiz-app[data-ready]')).toBeAttached();
}

/** Answers the question on screen by touch alone, whatever its type; returns the type. */
async function answerByTouch(page: Page): Promise<string> {
  const type = (await card(page).getAttribute('data-question-type')) ?? '';
  if (['single', 'multiple', 'true-false'].includes(type)) {
    await card(page).locator('.option label').first().tap();
  } else if (type === 'sorting') {
    const pile = card(page).locator('.sort-pile .sort-card');
    while ((await pile.count()) > 0) {
      const name = (await pile.first().textContent()) ?? '';
      await pile.first().tap();
      await expect(card(page).getByRole('button', { name, pressed: true })).toBeVisible();
      await card(page).locator('.sort-group-name').first().tap();
    }
  } else if (type === 'ordering') {
    const steps = card(page).locator('.order-step');
    for (let index = 0; index < (await steps.count()); index += 1) await steps.nth(index).tap();
  } else if (type === 'scenario') {
    while ((await card(page).locator('.story-choices button').count()) > 0)
      await card(page).locator('.story-choices button').first().tap();
  }
  if (type === 'reflection') await card(page).getByRole('button', { name: en['quiz.continue'] }).tap();
  else if (type !== 'scenario') await card(page).getByRole('button', { name: en['quiz.check'] }).tap();
  await expect(card(page).locator('.feedback')).not.toBeEmpty();
  return type;
}

test(`a 6-8 pupil completes the quiz of ${young.id} by touch alone, with short feedback and "tell me more"`, async ({ page }) => {
  await page.goto(`/en/lessons/${young.id}/`);
  await expect(page.locator('.quiz-app[data-ready]')).toBeAttached();
  const types: string[] = [];
  for (let index = 0; index < young.types.length; index += 1) {
    const type = await answerByTouch(page);
    types.push(type);
    if (type !== 'reflection') {
      const more = card(page).locator('.feedback details');
      await expect(more).toHaveCount(1);
      await expect(more.locator('p')).toBeHidden();
      await more.locator('summary').tap();
      await expect(more.locator('p')).toBeVisible();
    }
    expect(await quizOverflow(page), `${type}: nothing wider than 360 px`).toEqual([]);
    const last = index === young.types.length - 1;
    await card(page)
      .getByRole('button', { name: last ? en['quiz.results'] : en['quiz.next'] })
      .tap();
  }
  expect(types).toEqual(young.types);
  expect(types).toContain('sorting');
  await expect(page.getByRole('heading', { name: en['quiz.endTitle'] })).toBeFocused();
});

test(`ordering by touch: tap the steps in order, tap again to undo (${withOrdering.id})`, async ({ page }) => {
  await openAt(page, withOrdering.id, withOrdering.types.indexOf('ordering'));
  const steps = card(page).locator('.order-step');
  const count = await steps.count();
  expect(count).toBeGreaterThan(2);
  await steps.nth(0).tap();
  await steps.nth(1).tap();
  await expect(steps.nth(1).locator('.order-number')).toHaveText('2');
  await steps.nth(0).tap();
  await expect(steps.nth(0)).toHaveAttribute('aria-pressed', 'false');
  await expect(steps.nth(1).locator('.order-number')).toHaveText('1');
  await expect(card(page).getByRole('button', { name: en['quiz.check'] })).toBeDisabled();
  await steps.nth(0).tap();
  for (let index = 2; index < count; index += 1) await steps.nth(index).tap();
  await expect(steps.nth(count - 1).locator('.order-number')).toHaveText(String(count));
  await card(page).getByRole('button', { name: en['quiz.check'] }).tap();
  await expect(card(page).getByRole('heading', { name: en['quiz.rightOrder'] })).toBeVisible();
  await expect(card(page).locator('.feedback')).toContainText(en['quiz.why']);
});

test('the ordering steps stay on screen at 320 px with 200 % text (nothing in the quiz overflows)', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await openAt(page, withOrdering.id, withOrdering.types.indexOf('ordering'));
  // 200 % text, as a browser's text-size setting gives (CSSOM: the page's CSP forbids inline styles).
  await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('32px');
  const steps = card(page).locator('.order-step');
  for (let index = 0; index < (await steps.count()); index += 1) {
    const box = (await steps.nth(index).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
  }
  expect(await quizOverflow(page)).toEqual([]);
});

test('tap sorting with a screen reader: buttons named by their card and group, picked state announced, axe clean', async ({
  page,
}) => {
  await openAt(page, young.id, young.types.indexOf('sorting'));
  const pile = page.getByRole('list', { name: en['quiz.toSort'] });
  const first = pile.getByRole('button').first();
  const name = ((await first.textContent()) ?? '').trim();
  await expect(pile.getByRole('button', { name, pressed: false })).toBeVisible();
  await first.tap();
  await expect(page.getByRole('button', { name, pressed: true })).toBeVisible();
  await expect(card(page).locator('[aria-live="polite"]')).toHaveText(en['quiz.picked'].replace('{item}', name));
  const axe = await new AxeBuilder({ page }).include('.quiz').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  const group = card(page).locator('.sort-group-name').first();
  const groupName = ((await group.textContent()) ?? '').trim();
  await group.tap();
  await expect(page.getByRole('list', { name: groupName }).getByRole('button', { name })).toBeVisible();
  await expect(card(page).locator('[aria-live="polite"]')).toContainText(name);
});

test('keyboard: Tab from the top of a lesson reaches the first quiz control on the first pass, without scrolling first', async ({
  page,
}) => {
  await page.goto(`/en/lessons/${young.id}/`);
  await tabUntil(page, '.quiz-app input, .quiz-app button:not(:disabled)', undefined, 150);
  await expect(page.locator('.quiz-app :focus')).toHaveCount(1);
  await expect(page.locator('.quiz-app[data-ready]')).toBeAttached();
  // The focused control is the first of the first question, and the quiz never needed a scroll to start.
  const first = page.locator('.question-card').locator('input, button:not(:disabled)').first();
  await expect(first).toBeFocused();
});

test('without JavaScript, the quiz area shows the worksheet, not dead controls', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/en/lessons/${young.id}/`);
  await expect(page.locator('.quiz .quiz-worksheet')).toBeVisible();
  await expect(page.locator('.quiz .quiz-app')).toBeHidden();
  await context.close();
});
