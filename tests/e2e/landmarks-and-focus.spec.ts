import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import en from '../../src/i18n/en.json' with { type: 'json' };
import { lessonsCoveringTypes } from './site-content';

/** Points found by other checkers than axe's WCAG rules (pa11y, IBM's checker): landmarks and tab stops. */
const lesson = lessonsCoveringTypes().lessons[0]!;

test("the projector's key instructions sit inside a landmark, like all its content", async ({ page }) => {
  await page.goto(`/en/teachers/${lesson.id}/projector/`);
  const keys = page.getByText(en['projector.keys']);
  expect(await keys.evaluate((el) => el.closest('main, nav, header, footer, aside') !== null)).toBe(true);
  const results = await new AxeBuilder({ page }).withRules(['region']).analyze();
  expect(results.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);
});

test.describe('the curriculum map scroll box', () => {
  const mapBox = (page: import('@playwright/test').Page) => page.getByRole('region', { name: en['teachers.mapTitle'] });

  test('is a tab stop on a narrow screen, where it scrolls', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('/en/teachers/');
    await expect(mapBox(page)).toHaveAttribute('tabindex', '0');
  });

  test('is not a tab stop on a wide screen, where nothing scrolls', async ({ page }) => {
    await page.setViewportSize({ width: 1600, height: 900 });
    await page.goto('/en/teachers/');
    await expect(mapBox(page)).not.toHaveAttribute('tabindex', /.*/);
  });
});
