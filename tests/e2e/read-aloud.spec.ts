import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type Route } from '@playwright/test';
import en from '../../src/i18n/en.json' with { type: 'json' };
import fr from '../../src/i18n/fr.json' with { type: 'json' };
import { fill } from '../../src/i18n/fill';
import { fakeSpeech, utterances, type SpeechRecord } from './read-aloud-fake';

/** A 6-8 lesson (read a little slower) with sections, stories and "Remember". */
const LESSON = 'my-body-is-mine';

/** A control's accessible name: its visible label, then what it reads. */
const named = (dictionary: typeof en, action: keyof typeof en, name: string) =>
  fill(dictionary['listen.named'], { action: dictionary[action], name });
const listenControls = (page: Page) => page.locator('button[data-listen]');
const play = (page: Page, action: 'boundary' | 'end', ...args: number[]) =>
  page.evaluate(
    ([action, args]) => {
      const fake = (window as unknown as { fakeSpeech: Record<string, (...a: number[]) => void> }).fakeSpeech;
      fake[action as string]!(...(args as number[]));
    },
    [action, args] as const,
  );
/** Plays the end of every utterance until the engine has nothing left to say. */
async function endAll(page: Page, records: SpeechRecord[]) {
  for (let i = 0; i < 200; i += 1) {
    const before = records.length;
    await play(page, 'end');
    await expect.poll(() => records.length >= before).toBe(true);
    if (!(await page.evaluate(() => (window as unknown as { fakeSpeech: { current(): string | null } }).fakeSpeech.current())))
      return;
  }
  throw new Error('the lesson never ended');
}

test.describe('read-aloud of a lesson', () => {
  test('shows every control with a French voice, named after its section, and none in print or search', async ({ page }) => {
    await fakeSpeech(page, [{ lang: 'en-GB' }, { lang: 'fr-BE' }]);
    await page.goto(`/fr/lessons/${LESSON}/`);
    const headings = await page.locator('article h2:not(.quiz h2):not(#sources), article .scenario h3').allTextContents();
    expect(headings.length).toBeGreaterThan(4);
    await expect(listenControls(page)).toHaveCount(headings.length + 1);
    await expect(
      page.getByRole('button', { name: named(fr, 'listen.lesson', (await page.locator('h1').textContent())!.trim()) }),
    ).toBeVisible();
    const firstSection = (await page.locator('article h2').nth(1).textContent())!.trim();
    await expect(page.getByRole('button', { name: named(fr, 'listen.section', firstSection) })).toBeVisible();
    for (const control of await listenControls(page).all()) await expect(control).toHaveAttribute('data-pagefind-ignore');
  });

  test('passes axe with the controls shown and a section being read', async ({ page }) => {
    const records = await fakeSpeech(page, [{ lang: 'nl-BE' }]);
    await page.goto(`/nl/lessons/${LESSON}/`);
    await listenControls(page).nth(2).click();
    await expect.poll(() => utterances(records).length).toBe(1);
    await play(page, 'boundary', 0, 3);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  test('shows no control without a voice of the page language, and falls back to another region', async ({ page }) => {
    await fakeSpeech(page, [{ lang: 'fr-FR' }, { lang: 'de-DE' }, { lang: 'en-GB', localService: false }]);
    await page.goto(`/en/lessons/${LESSON}/`);
    await expect(page.locator('h1')).toBeVisible();
    await expect(listenControls(page).first()).toBeHidden();
    await page.goto(`/fr/lessons/${LESSON}/`);
    await expect(listenControls(page).first()).toBeVisible();
  });

  test('shows no control and throws no error without the speech API', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await fakeSpeech(page, null);
    await page.goto(`/en/lessons/${LESSON}/`);
    expect(await page.evaluate(() => 'speechSynthesis' in window)).toBe(false);
    await expect(page.locator('h1')).toBeVisible();
    expect(await listenControls(page).count()).toBeGreaterThan(4);
    for (const control of await listenControls(page).all()) await expect(control).toBeHidden();
    expect(errors).toEqual([]);
  });

  test('reads the whole lesson, section after section, in French, a little slower for 6-8', async ({ page }) => {
    const records = await fakeSpeech(page, [{ lang: 'fr-FR' }, { lang: 'fr-BE' }]);
    await page.goto(`/fr/lessons/${LESSON}/`);
    const title = (await page.locator('h1').textContent())!.trim();
    const headings = (await page.locator('article h2:not(.quiz h2):not(#sources)').allTextContents()).map((h) => h.trim());
    await page.getByRole('button', { name: new RegExp(`^${fr['listen.lesson']}`) }).click();
    await expect.poll(() => utterances(records).length).toBe(1);
    await endAll(page, records);
    const spoken = utterances(records);
    expect(spoken.every((u) => u.lang === 'fr-BE' && u.voice === 'fr-BE' && u.rate === 0.9)).toBe(true);
    const text = spoken.map((u) => u.text).join(' ');
    expect(text.startsWith(title)).toBe(true);
    const positions = headings.map((heading) => text.indexOf(heading));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(spoken.every((u) => u.text.length <= 200)).toBe(true);
    const story = (await page.locator('.scenario p').first().textContent())!.trim();
    expect(text.split(story)).toHaveLength(2);
    await expect(page.getByRole('button', { name: new RegExp(`^${fr['listen.lesson']}`) })).toBeVisible();
  });

  test('pauses and resumes at the word reached, and highlights the word being read', async ({ page }) => {
    const records = await fakeSpeech(page, [{ lang: 'en-GB' }]);
    await page.goto(`/en/lessons/${LESSON}/`);
    const section = page.locator('article h2').nth(1);
    const name = (await section.textContent())!.trim();
    await page.getByRole('button', { name: named(en, 'listen.section', name) }).click();
    await expect.poll(() => utterances(records).length).toBe(1);
    const first = utterances(records)[0]!;
    expect(first.text.startsWith(name)).toBe(true);
    const words = first.text.split(' ');
    const index = first.text.indexOf(words[3]!);
    await play(page, 'boundary', index, words[3]!.replace(/[.,!?]$/, '').length);
    const highlighted = () =>
      page.evaluate(() => [...(CSS.highlights.get('listen-word') ?? [])].map((range) => range.toString()).join('|'));
    await expect.poll(highlighted).toBe(words[3]!.replace(/[.,!?]$/, ''));

    await page.getByRole('button', { name: named(en, 'listen.pause', name) }).click();
    await expect.poll(highlighted).toBe('');
    expect(records.at(-1)).toBe('cancel');
    await page.getByRole('button', { name: named(en, 'listen.resume', name) }).click();
    await expect.poll(() => utterances(records).length).toBe(2);
    expect(utterances(records)[1]!.text).toBe(first.text.slice(index));
    await expect(page.getByRole('button', { name: named(en, 'listen.pause', name) })).toBeVisible();
  });

  test('stops a section when another starts', async ({ page }) => {
    const records = await fakeSpeech(page, [{ lang: 'en-GB' }]);
    await page.goto(`/en/lessons/${LESSON}/`);
    const [one, two] = (await page.locator('article h2').allTextContents()).slice(1, 3).map((h) => h.trim());
    await page.getByRole('button', { name: named(en, 'listen.section', one!) }).click();
    await page.getByRole('button', { name: named(en, 'listen.section', two!) }).click();
    await expect.poll(() => utterances(records).length).toBe(2);
    expect(utterances(records)[1]!.text.startsWith(two!)).toBe(true);
    expect(records.at(-2)).toBe('cancel');
    await expect(page.getByRole('button', { name: named(en, 'listen.section', one!) })).toBeVisible();
    await expect(page.getByRole('button', { name: named(en, 'listen.pause', two!) })).toBeVisible();
  });

  test('stops at once on quick exit, before the next page has loaded', async ({ page, baseURL }) => {
    const records = await fakeSpeech(page, [{ lang: 'en-GB' }]);
    // The neutral page does not answer until the speech is checked: only the read-aloud itself can stop it.
    const held: Route[] = [];
    await page.route(
      (url) => !url.href.startsWith(baseURL!),
      (route) => void held.push(route),
    );
    await page.goto(`/en/lessons/${LESSON}/`);
    await page.getByRole('button', { name: new RegExp(`^${en['listen.lesson']}`) }).click();
    await expect.poll(() => utterances(records).length).toBe(1);
    const before = records.length;
    await page.getByRole('link', { name: en['exit.label'] }).evaluate((link: HTMLElement) => link.click());
    await expect.poll(() => held.length).toBe(1);
    await expect.poll(() => records.slice(before)).toContain('cancel');
    await held[0]!.fulfill({ body: 'weather', contentType: 'text/plain' });
  });

  test('stops when the pupil leaves the page', async ({ page }) => {
    const records = await fakeSpeech(page, [{ lang: 'en-GB' }]);
    await page.goto(`/en/lessons/${LESSON}/`);
    await page.getByRole('button', { name: new RegExp(`^${en['listen.lesson']}`) }).click();
    await expect.poll(() => utterances(records).length).toBe(1);
    const cancels = () => page.evaluate(() => Number(sessionStorage.getItem('fake-speech-cancels')));
    const before = await cancels();
    await page.locator('article .meta a').first().click();
    await expect(page).toHaveURL(/\/en\/6-8\/$/);
    expect(await cancels()).toBeGreaterThan(before);
  });
});
