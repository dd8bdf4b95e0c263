import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import en from '../../src/i18n/en.json' with { type: 'json' };
import { answerWithKeyboard, waitForQuiz } from './quiz-keyboard';
import { lessonsCoveringTypes, lessonsWithQuizTypes } from './site-content';
import { WCAG_TAGS } from './axe';

const labels = { check: en['quiz.check'], next: en['quiz.next'], results: en['quiz.results'], continue: en['quiz.continue'] };

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include('.quiz').withTags(WCAG_TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const { lessons: covering, types: usedTypes } = lessonsCoveringTypes();

test('the site uses every question type in at least one real quiz', () => {
  expect([...usedTypes].sort()).toEqual(['multiple', 'ordering', 'reflection', 'scenario', 'single', 'sorting', 'true-false']);
});

for (const lesson of covering) {
  test(`keyboard alone completes every question of ${lesson.id} (${[...new Set(lesson.types)].join(', ')}), with no axe violation in any state`, async ({
    page,
  }) => {
    await page.goto(`/en/lessons/${lesson.id}/`);
    await waitForQuiz(page);
    const seen = new Set<string>();
    for (let index = 0; index < lesson.types.length; index += 1) {
      const type = lesson.types[index]!;
      const fresh = !seen.has(type);
      if (fresh) expect(await axeViolations(page), `${type}, unanswered`).toEqual([]);
      await answerWithKeyboard(
        page,
        labels,
        index === lesson.types.length - 1,
        fresh ? async () => expect(await axeViolations(page), `${type}, checked`).toEqual([]) : undefined,
      );
      seen.add(type);
    }
    await expect(page.getByRole('heading', { name: en['quiz.endTitle'] })).toBeFocused();
    expect(await axeViolations(page), 'end screen').toEqual([]);
  });
}

test('a printed lesson shows the quiz as a worksheet, without answers', async ({ page }) => {
  await page.goto(`/en/lessons/${covering[0]!.id}/`);
  await waitForQuiz(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.quiz-worksheet')).toBeVisible();
  await expect(page.locator('.quiz-app')).toBeHidden();
  await expect(page.locator('.quiz-worksheet')).not.toContainText(en['quiz.rightAnswer']);
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('.quiz-worksheet')).toBeHidden();
});

test('the same quiz in two tabs: neither overwrites the other', async ({ context }) => {
  const lesson = covering[0]!;
  const [first, second] = [await context.newPage(), await context.newPage()];
  for (const page of [first, second]) {
    await page.goto(`/en/lessons/${lesson.id}/`);
    await waitForQuiz(page);
  }
  await answerWithKeyboard(first, labels, false);
  await expect(second.getByText('Question 2 of')).toBeVisible();
  await answerWithKeyboard(second, labels, false);
  await first.reload();
  await waitForQuiz(first);
  const saved = await first.evaluate(() => Object.entries(localStorage).find(([key]) => key.startsWith('balise:v1:quiz:'))?.[1]);
  expect(JSON.parse(saved ?? '{}').checked).toHaveLength(2);
  await expect(first.getByText('Question 3 of')).toBeVisible();
});

test('with localStorage blocked, the quiz still works (in memory)', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`/en/lessons/${covering[0]!.id}/`);
  await waitForQuiz(page);
  await answerWithKeyboard(page, labels, false);
  await expect(page.getByText('Question 2 of')).toBeVisible();
  expect(errors).toEqual([]);
});

test('quiz controls are at least 44 by 44 pixels', async ({ page }) => {
  await page.goto(`/en/lessons/${covering[0]!.id}/`);
  await waitForQuiz(page);
  const small = await page.locator('.quiz-app button, .quiz-app label, .quiz-app select').evaluateAll((elements) =>
    elements
      .map((el) => ({ text: el.textContent?.trim().slice(0, 30), box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && (box.width < 44 || box.height < 44))
      .map(({ text, box }) => `${text} ${Math.round(box.width)}x${Math.round(box.height)}`),
  );
  expect(small).toEqual([]);
});

test('read-aloud speaks the question in the page language, and is hidden where the browser cannot speak', async ({
  page,
  browser,
}) => {
  const young = lessonsWithQuizTypes().find((lesson) => lesson.band === '6-8')!;
  await page.addInitScript(() => {
    const spoken: Array<{ text: string; lang: string }> = [];
    (window as unknown as { spoken: typeof spoken }).spoken = spoken;
    window.speechSynthesis.speak = (utterance) => void spoken.push({ text: utterance.text, lang: utterance.lang });
    // Headless Chromium may have no voice: read-aloud shows only with a voice of the page's language.
    const voice = { lang: 'fr-BE', localService: true, default: true, name: 'fr-BE', voiceURI: 'fr-BE' };
    window.speechSynthesis.getVoices = () => [voice as SpeechSynthesisVoice];
    (window as unknown as { SpeechSynthesisUtterance: unknown }).SpeechSynthesisUtterance = class {
      lang = '';
      voice = null;
      constructor(public text: string) {}
    };
  });
  await page.goto(`/fr/lessons/${young.id}/`);
  await waitForQuiz(page);
  const prompt = (await page.locator('.question-card h3').textContent()) ?? '';
  await page.getByRole('button', { name: /Lire à voix haute/ }).click();
  const spoken = await page.evaluate(() => (window as unknown as { spoken: Array<{ text: string; lang: string }> }).spoken);
  expect(spoken).toHaveLength(1);
  expect(spoken[0]).toMatchObject({ lang: 'fr-BE' });
  expect(spoken[0]!.text.startsWith(prompt.trim())).toBe(true);

  const mute = await browser.newContext();
  await mute.addInitScript(() => {
    delete (window as unknown as { speechSynthesis?: unknown }).speechSynthesis;
  });
  const other = await mute.newPage();
  await other.goto(`/fr/lessons/${young.id}/`);
  await waitForQuiz(other);
  await expect(other.locator('.question-card h3')).toBeVisible();
  await expect(other.getByRole('button', { name: /Lire à voix haute/ })).toHaveCount(0);
  await mute.close();
});
