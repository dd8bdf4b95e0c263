import { expect, type Page } from '@playwright/test';

/** Waits until the `client:visible` quiz island has hydrated (scrolls it into view first). */
export async function waitForQuiz(page: Page): Promise<void> {
  const island = page.locator('astro-island').filter({ has: page.locator('.quiz-body') });
  await island.scrollIntoViewIfNeeded();
  await expect(island).not.toHaveAttribute('ssr', /.*/);
}

/** Presses Tab until `matches` holds for the focused element; fails after `limit` presses. */
export async function tabUntil(page: Page, matches: string, limit = 80): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await page.evaluate((selector) => document.activeElement?.matches(selector) ?? false, matches)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`No element matching ${matches} was reached with ${limit} Tab presses`);
}

/**
 * Answers every question of the quiz with the keyboard alone: Tab to the question's first
 * option, Space to choose it, Tab to "check", Enter. Returns how many questions were answered.
 */
export async function answerQuizWithKeyboard(page: Page, checkLabel: string): Promise<number> {
  const questions = page.locator('.quiz-body fieldset');
  const count = await questions.count();
  for (let index = 0; index < count; index += 1) {
    const question = questions.nth(index);
    const name = await question.locator('input').first().getAttribute('name');
    await tabUntil(page, `input[name="${name}"]:not(:disabled)`);
    await page.keyboard.press('Space');
    await tabUntil(page, `fieldset:has(input[name="${name}"]) button`);
    await expect(page.locator(':focus')).toHaveText(checkLabel);
    await page.keyboard.press('Enter');
    await expect(question.locator('.verdict')).toBeVisible();
    await expect(question.locator('.feedback')).toBeFocused();
  }
  return count;
}
