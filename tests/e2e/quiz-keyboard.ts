import { expect, type Page } from '@playwright/test';

/** Waits until the quiz has started (it starts as soon as the page is parsed, see mount-quizzes.ts). */
export async function waitForQuiz(page: Page): Promise<void> {
  await expect(page.locator('.quiz-app[data-ready]')).toBeAttached();
}

/**
 * Presses Tab until the focused element matches the CSS `selector` (and, if given, has exactly
 * the text `text`); fails after `limit` presses.
 */
export async function tabUntil(page: Page, selector: string, text?: string, limit = 100, key = 'Tab'): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    const found = await page.evaluate(
      ([sel, label]) => {
        const el = document.activeElement;
        return !!el && el.matches(sel!) && (label === undefined || el.textContent?.trim() === label);
      },
      [selector, text] as const,
    );
    if (found) return;
    await page.keyboard.press(key);
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
    // Each step in the order shown: Tab to the next one not yet numbered, Enter.
    const count = await card.locator('.order-step').count();
    for (let index = 0; index < count; index += 1) {
      await tabUntil(page, '.question-card .order-step[aria-pressed="false"]');
      await page.keyboard.press('Enter');
      await expect(card.locator('.order-step[aria-pressed="true"]')).toHaveCount(index + 1);
    }
  } else if (type === 'sorting') {
    // Each card: Tab (after the first, Shift+Tab back) to the pile, Enter to pick it, Tab to the first group, Enter.
    const count = await card.locator('.sort-card').count();
    for (let index = 0; index < count; index += 1) {
      await tabUntil(page, '.question-card .sort-pile .sort-card', undefined, 100, index === 0 ? 'Tab' : 'Shift+Tab');
      await page.keyboard.press('Enter');
      await expect(card.locator('.sort-card[aria-pressed="true"]')).toHaveCount(1);
      await tabUntil(page, '.question-card .sort-group-name');
      await page.keyboard.press('Enter');
      await expect(card.locator('.sort-pile .sort-card')).toHaveCount(count - index - 1);
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
