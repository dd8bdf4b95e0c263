import { expect, type Page } from '@playwright/test';

/** Waits until the quiz has started (it starts when scrolled into view, see mount-quizzes.ts). */
export async function waitForQuiz(page: Page): Promise<void> {
  await page.locator('[data-quiz-mount]').scrollIntoViewIfNeeded();
  await expect(page.locator('.quiz-app[data-ready]')).toBeAttached();
}

/**
 * Presses Tab until the focused element matches the CSS `selector` (and, if given, has exactly
 * the text `text`); fails after `limit` presses.
 */
async function tabUntil(page: Page, selector: string, text?: string, limit = 100): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    const found = await page.evaluate(
      ([sel, label]) => {
        const el = document.activeElement;
        return !!el && el.matches(sel!) && (label === undefined || el.textContent?.trim() === label);
      },
      [selector, text] as const,
    );
    if (found) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${selector}${text ? ` "${text}"` : ''} was not reached with ${limit} Tab presses`);
}

/** Tabs to the enabled quiz button whose text is `label`. */
const tabToButton = (page: Page, label: string) => tabUntil(page, '.quiz-app button:not(:disabled)', label);

/** The labels the helper needs, in the page's language. */
export interface QuizLabels {
  check: string;
  next: string;
  results: string;
  continue: string;
}

/**
 * Answers the question on screen with the keyboard alone, whatever its type, checks it and
 * moves on. Returns the question type.
 */
export async function answerWithKeyboard(
  page: Page,
  labels: QuizLabels,
  last: boolean,
  afterCheck?: () => Promise<void>,
): Promise<string> {
  const card = page.locator('.question-card');
  const type = (await card.getAttribute('data-question-type')) ?? '';
  if (['single', 'multiple', 'true-false'].includes(type)) {
    await tabUntil(page, '.question-card input:not(:disabled)');
    await page.keyboard.press('Space');
  } else if (type === 'ordering') {
    await tabUntil(page, '.question-card .order-buttons button:not(:disabled)');
    await page.keyboard.press('Enter');
    await expect(card.locator('[aria-live="polite"]')).not.toBeEmpty();
  } else if (type === 'sorting') {
    const count = await card.locator('select').count();
    for (let index = 0; index < count; index += 1) {
      const id = await card.locator('select').nth(index).getAttribute('id');
      await tabUntil(page, `select[id="${id}"]`);
      await page.keyboard.press('ArrowDown');
      await expect(card.locator('select').nth(index)).not.toHaveValue('');
    }
  } else if (type === 'scenario') {
    while ((await card.locator('.story-choices button').count()) > 0) {
      await tabUntil(page, '.question-card .story-choices button');
      await page.keyboard.press('Enter');
    }
  }
  if (type === 'reflection') await tabToButton(page, labels.continue);
  else if (type !== 'scenario') await tabToButton(page, labels.check);
  if (type !== 'scenario') await page.keyboard.press('Enter');
  await expect(card.locator('.feedback')).not.toBeEmpty();
  if (type !== 'scenario') await expect(card.locator('.feedback')).toBeFocused();
  await afterCheck?.();
  await tabToButton(page, last ? labels.results : labels.next);
  await page.keyboard.press('Enter');
  return type;
}

/** Answers the whole quiz with the keyboard; returns the question types met, in order. */
export async function answerQuizWithKeyboard(page: Page, labels: QuizLabels): Promise<string[]> {
  const total = Number((await page.locator('.question-card progress').getAttribute('max')) ?? 0);
  const types: string[] = [];
  for (let index = 0; index < total; index += 1) types.push(await answerWithKeyboard(page, labels, index === total - 1));
  return types;
}
