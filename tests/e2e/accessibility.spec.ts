import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import en from '../../src/i18n/en.json' with { type: 'json' };
import { waitForQuiz } from './quiz-keyboard';
import { builtPages } from './site-pages';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

test.describe('axe: no WCAG 2.2 A/AA violation', () => {
  for (const path of builtPages()) {
    test(`page ${path}`, async ({ page }) => {
      await page.goto(path);
      await expectNoViolations(page);
    });
  }

  test('a quiz after a wrong answer, a right answer and at the end', async ({ page }) => {
    await page.goto('/en/lessons/my-body-is-mine/');
    await waitForQuiz(page);
    const questions = page.locator('.quiz-body fieldset');
    const count = await questions.count();
    for (let index = 0; index < count; index += 1) {
      const question = questions.nth(index);
      const options = question.locator('input');
      // Wrong answers on even questions, right ones on odd: both feedback states get checked.
      const optionCount = await options.count();
      const labels = await question.locator('li.option').count();
      expect(labels).toBe(optionCount);
      await options.nth(index % 2 === 0 ? optionCount - 1 : 0).check();
      await question.getByRole('button', { name: en['quiz.check'] }).click();
      await expect(question.locator('.verdict')).toBeVisible();
      if (index === 0) await expectNoViolations(page);
    }
    await expect(page.getByRole('button', { name: en['quiz.retry'] })).toBeVisible();
    await expectNoViolations(page);
  });
});
