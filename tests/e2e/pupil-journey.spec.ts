import { expect, test } from '@playwright/test';
import en from '../../src/i18n/en.json' with { type: 'json' };
import fr from '../../src/i18n/fr.json' with { type: 'json' };
import nl from '../../src/i18n/nl.json' with { type: 'json' };
import { fill } from '../../src/i18n/fill';
import { answerQuizWithKeyboard, waitForQuiz } from './quiz-keyboard';
import { openSiteMenu } from './site-menu';

const frLabels = { check: fr['quiz.check'], next: fr['quiz.next'], results: fr['quiz.results'], continue: fr['quiz.continue'] };

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test('a pupil finds a lesson, answers the quiz by keyboard, keeps progress, and erases it', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Français' }).click();
  await expect(page).toHaveURL(/\/fr\/$/);

  await page.getByRole('link', { name: fr['band.12-14'] }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(fr['band.12-14']);
  await page.getByRole('link', { name: /Sextorsion/ }).click();
  await expect(page).toHaveURL(/\/fr\/lessons\/sextortion-what-to-do\/$/);

  await waitForQuiz(page);
  const types = await answerQuizWithKeyboard(page, frLabels);
  expect(types.length).toBeGreaterThanOrEqual(6);
  const result = page.getByRole('region', { name: fr['quiz.endTitle'] });
  await expect(page.getByRole('heading', { name: fr['quiz.endTitle'] })).toBeFocused();
  await expect(result).toContainText(/\d/);
  await expect(page.getByRole('button', { name: fr['quiz.retry'] })).toBeVisible();
  const resultText = (await result.textContent()) ?? '';

  await page.reload();
  await waitForQuiz(page);
  await expect(page.getByRole('region', { name: fr['quiz.endTitle'] })).toHaveText(resultText);

  await openSiteMenu(page, fr['nav.menu']);
  await page.getByRole('navigation', { name: fr['nav.main'] }).getByRole('link', { name: fr['nav.progress'] }).click();
  await expect(page.getByText(fr['progress.quizDone'].split(':')[0]!)).toBeVisible();
  await page.getByRole('button', { name: fr['progress.erase'] }).click();
  await expect(page.getByRole('status')).toContainText(fr['progress.erased']);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('balise:')))).toEqual([]);

  await page.goBack();
  await page.reload();
  await waitForQuiz(page);
  await expect(page.getByText(fill(fr['quiz.questionOf'], { number: 1, total: types.length }))).toBeVisible();
  await expect(page.locator('.question-card .verdict')).toHaveCount(0);
});

test('the language switch keeps the pupil on the same lesson', async ({ page }) => {
  await page.goto('/fr/lessons/consent-and-the-law/');
  await openSiteMenu(page, fr['nav.menu']);
  const switcher = page.getByRole('navigation', { name: fr['lang.label'] });
  await switcher.getByRole('link', { name: 'Nederlands' }).click();
  await expect(page).toHaveURL(/\/nl\/lessons\/consent-and-the-law\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await openSiteMenu(page, nl['nav.menu']);
  await page.getByRole('navigation', { name: nl['lang.label'] }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/lessons\/consent-and-the-law\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Consent and the law');
});

test('the lesson reads without JavaScript, with its quiz questions as a worksheet', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.goto('/en/lessons/my-body-is-mine/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My body belongs to me');
  await expect(page.getByRole('heading', { name: en['lesson.remember'] })).toBeVisible();
  await expect(page.locator('.quiz-worksheet > li').first()).toBeVisible();
  // Chromium's script switch does not render <noscript>; browsers with JavaScript off do.
  expect(await response?.text()).toContain(`<noscript><p class="box learn">${en['quiz.noscript']}</p></noscript>`);
  await expect(page.getByRole('button', { name: en['quiz.check'] })).toHaveCount(0);
  await context.close();
});

test('an unknown address shows the 404 page in every language', async ({ page }) => {
  const response = await page.goto('/fr/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: fr['notFound.title'] })).toBeVisible();
  await expect(page.getByRole('link', { name: en['notFound.home'] })).toBeVisible();
});
