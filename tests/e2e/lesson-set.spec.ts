import { expect, test } from '@playwright/test';
import en from '../../src/i18n/en.json' with { type: 'json' };
import { fill } from '../../src/i18n/fill';
import { lessonsWithQuizTypes } from './site-content';

const [first, second] = lessonsWithQuizTypes().filter((lesson) => lesson.band === '9-11');
const title = async (page: import('@playwright/test').Page, id: string) =>
  (await page.locator(`input[value="${id}"]`).getAttribute('data-title')) ?? id;

test('a teacher builds a set, orders it, and gets its link and QR code', async ({ page }) => {
  await page.goto('/en/teachers/set/');
  const firstTitle = await title(page, first!.id);
  const secondTitle = await title(page, second!.id);
  await page.getByRole('checkbox', { name: firstTitle }).check();
  await page.getByRole('checkbox', { name: secondTitle }).check();
  const link = page.locator('[data-set-link]');
  await expect(link).toHaveAttribute('href', new RegExp(`/en/set/\\?l=${first!.id},${second!.id}$`));
  await page.getByRole('button', { name: `${en['setBuilder.up']}: ${secondTitle}` }).click();
  await expect(link).toHaveAttribute('href', new RegExp(`/en/set/\\?l=${second!.id},${first!.id}$`));
  await expect(page.getByRole('img', { name: en['setBuilder.qrAlt'] }).locator('svg')).toBeVisible();
});

test('pupils opening a set link see just those lessons, in that order, and are told what was left out', async ({ page }) => {
  await page.goto(`/en/set/?l=${second!.id},no-such-lesson,${first!.id}`);
  const cards = page.locator('[data-lesson-id]:visible');
  await expect(cards).toHaveCount(2);
  await expect(cards.nth(0)).toHaveAttribute('data-lesson-id', second!.id);
  await expect(cards.nth(1)).toHaveAttribute('data-lesson-id', first!.id);
  await expect(page.getByRole('status')).toHaveText(fill(en['set.unknown'], { ids: 'no-such-lesson' }));
});

test('a set link with nothing readable shows no lesson and says what to do', async ({ page }) => {
  await page.goto('/en/set/?l=%3Cscript%3E');
  await expect(page.locator('[data-lesson-id]:visible')).toHaveCount(0);
  await expect(page.getByRole('status')).toHaveText(`${en['set.empty']} ${en['set.malformed']}`);
});
