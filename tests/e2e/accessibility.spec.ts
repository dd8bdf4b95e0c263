import { expect, test } from '@playwright/test';
import en from '../../src/i18n/en.json' with { type: 'json' };
import { expectNoViolations } from './axe';
import { answerWithKeyboard, waitForQuiz } from './quiz-keyboard';
import { lessonsWithQuizTypes } from './site-content';
import { pagesToCheck, pageTypes } from './site-pages';

test.describe('axe: no WCAG 2.2 A/AA violation', () => {
  for (const path of pagesToCheck()) {
    test(`page ${path}`, async ({ page }) => {
      await page.goto(path);
      await expectNoViolations(page);
    });
  }

  test('every quiz state: unanswered, checked one way, checked the other way, the end screen', async ({ page }) => {
    const labels = { check: en['quiz.check'], next: en['quiz.next'], results: en['quiz.results'], continue: en['quiz.continue'] };
    await page.goto('/en/lessons/my-body-is-mine/');
    await waitForQuiz(page);
    await expectNoViolations(page);
    const card = page.locator('.question-card');
    const answerFirst = async (option: number) => {
      await card.locator('input').nth(option).check();
      await card.getByRole('button', { name: en['quiz.check'] }).click();
      await expect(card.locator('.verdict')).toBeVisible();
      await expectNoViolations(page);
    };
    await answerFirst(0);
    await card.getByRole('button', { name: en['quiz.next'] }).click();
    const total = Number(await card.locator('progress').getAttribute('max'));
    for (let index = 1; index < total; index += 1) await answerWithKeyboard(page, labels, index === total - 1);
    await expect(page.getByRole('region', { name: en['quiz.endTitle'] })).toBeVisible();
    await expectNoViolations(page);
    await page.getByRole('button', { name: en['quiz.retry'] }).click();
    // The first question is true/false: the other option has the other verdict.
    await answerFirst(1);
  });
});

/** A sample of every page type, in dark mode (the same templates as above, other colours). */
function darkSample(): string[] {
  const lessons = lessonsWithQuizTypes();
  const young = lessons.find((lesson) => lesson.band === '6-8' && lesson.types.length > 0)!;
  const older = lessons.find((lesson) => lesson.band === '15-18' && lesson.types.length > 0)!;
  return [
    '/',
    ...Object.values(pageTypes('en', young.id, '6-8')),
    `/fr/lessons/${older.id}/`,
    '/nl/15-18/',
    '/fr/about/',
    `/en/teachers/${young.id}/worksheet/`,
    `/en/teachers/${young.id}/parents/`,
    '/en/teachers/set/',
  ];
}

test.describe('axe in dark mode: no WCAG 2.2 A/AA violation', () => {
  test.use({ colorScheme: 'dark' });

  for (const path of darkSample()) {
    test(`page ${path}`, async ({ page }) => {
      await page.goto(path);
      if (path.includes('/lessons/')) await waitForQuiz(page);
      await expectNoViolations(page);
    });
  }

  test('a quiz answered right and wrong, and its end screen', async ({ page }) => {
    const labels = { check: en['quiz.check'], next: en['quiz.next'], results: en['quiz.results'], continue: en['quiz.continue'] };
    await page.goto('/en/lessons/my-body-is-mine/');
    await waitForQuiz(page);
    const card = page.locator('.question-card');
    await card.locator('input').nth(0).check();
    await card.getByRole('button', { name: en['quiz.check'] }).click();
    await expect(card.locator('.verdict')).toBeVisible();
    await expectNoViolations(page);
    await card.getByRole('button', { name: en['quiz.next'] }).click();
    const total = Number(await card.locator('progress').getAttribute('max'));
    for (let index = 1; index < total; index += 1) await answerWithKeyboard(page, labels, index === total - 1);
    await expect(page.getByRole('region', { name: en['quiz.endTitle'] })).toBeVisible();
    await expectNoViolations(page);
  });
});
