import { expect, test } from '@playwright/test';
import en from '../../src/i18n/en.json' with { type: 'json' };
import { lessonsWithQuizTypes } from './site-content';

const lessons = lessonsWithQuizTypes();
const map = (page: import('@playwright/test').Page) => page.locator('.curriculum-map');

test('the curriculum map filters by band and framework, and prints alone as shown', async ({ page }) => {
  await page.addInitScript(() => {
    window.print = () => {};
  });
  await page.goto('/en/teachers/');
  const filter = page.getByRole('group', { name: en['teachers.mapFilter'] });
  await expect(map(page).locator('tbody tr:visible')).toHaveCount(lessons.length);
  await filter.getByLabel(en['teachers.filterBand']).selectOption('9-11');
  await expect(map(page).locator('tbody tr:visible')).toHaveCount(lessons.filter((l) => l.band === '9-11').length);
  await filter.getByLabel(en['teachers.mapFramework']).selectOption('unesco');
  await expect(map(page).locator('thead th:visible')).toHaveText([en['teachers.mapLesson'], en['notes.unesco']]);
  await filter.getByRole('button', { name: en['teachers.mapPrint'] }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { name: en['teachers.mapTitle'] })).toBeVisible();
  await expect(page.getByRole('heading', { name: en['teachers.lessonsTitle'] })).toBeHidden();
  await expect(map(page).locator('tbody tr:visible')).toHaveCount(lessons.filter((l) => l.band === '9-11').length);
});
