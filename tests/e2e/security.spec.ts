import { expect, test, type Page } from '@playwright/test';
import en from '../../src/i18n/en.json' with { type: 'json' };
import { answerWithKeyboard, waitForQuiz } from './quiz-keyboard';
import { lessonsCoveringTypes } from './site-content';
import { pageTypes } from './site-pages';

/** Records every Content-Security-Policy violation the page reports, from the first script on. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  const console: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) console.push(message.text());
  });
  return async () => [
    ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)),
    ...console,
  ];
}

const lesson = lessonsCoveringTypes().lessons[0]!;
const labels = { check: en['quiz.check'], next: en['quiz.next'], results: en['quiz.results'], continue: en['quiz.continue'] };

test.describe('Content-Security-Policy', () => {
  for (const [type, path] of Object.entries({
    root: '/',
    ...pageTypes('en', lesson.id, '12-14'),
    notFound: '/en/nothing-here/',
  })) {
    test(`${type} page: a strict policy, and nothing it blocks`, async ({ page }) => {
      const violations = await recordViolations(page);
      await page.goto(path);
      const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(policy).toContain("default-src 'self'");
      expect(policy).not.toContain('unsafe-inline');
      expect(policy).not.toContain("'unsafe-eval'");
      // Only the pages with search run WebAssembly (Pagefind).
      expect(policy?.includes("'wasm-unsafe-eval'")).toBe(type === 'home' || type === 'teachers');
      expect(policy).not.toMatch(/https?:\/\//);
      if (type === 'lesson') {
        await waitForQuiz(page);
        await answerWithKeyboard(page, labels, false);
      }
      await page.waitForLoadState('networkidle');
      expect(await violations()).toEqual([]);
    });
  }
});

test.describe('quick exit', () => {
  test('the button replaces the page with a neutral one, and Back does not return to it', async ({ page }) => {
    await page.route('https://www.google.com/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>Weather</title>' }),
    );
    await page.goto('/en/');
    await page.goto(`/en/lessons/${lesson.id}/`);
    await page.getByRole('link', { name: en['exit.label'] }).click();
    await expect(page).toHaveURL(/google\.com/);
    await page.goBack();
    await expect(page).toHaveURL(/\/en\/$/);
  });

  test('Escape no longer leaves the page (it closes menus and clears the search box)', async ({ page }) => {
    await page.goto(`/en/lessons/${lesson.id}/`);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/\/en\/lessons\//);
  });

  test('is on pupil pages, not on teacher pages', async ({ page }) => {
    await page.goto(`/en/teachers/${lesson.id}/`);
    await expect(page.getByRole('link', { name: en['exit.label'] })).toHaveCount(0);
    await page.goto('/en/help/');
    await expect(page.getByRole('link', { name: en['exit.label'] })).toBeVisible();
  });
});
