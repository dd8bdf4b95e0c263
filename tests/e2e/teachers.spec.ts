import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import en from '../../src/i18n/en.json' with { type: 'json' };
import { fill } from '../../src/i18n/fill';
import { lessonsWithQuizTypes } from './site-content';

const lessons = lessonsWithQuizTypes();
const lesson = lessons.find((l) => l.band === '12-14')!;
const cards = (page: import('@playwright/test').Page) => page.locator('[data-filterable="card"]:visible');
const lessonFilter = (page: import('@playwright/test').Page) => page.getByRole('group', { name: en['teachers.filterTitle'] });

test.describe('teacher hub', () => {
  test('filters the lessons by band, topic and length, without a reload', async ({ page }) => {
    await page.goto('/en/teachers/');
    await expect(cards(page)).toHaveCount(lessons.length);
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    await lessonFilter(page).getByLabel(en['teachers.filterBand']).selectOption('6-8');
    const young = lessons.filter((l) => l.band === '6-8').length;
    await expect(cards(page)).toHaveCount(young);
    await expect(page.getByRole('status').filter({ hasText: fill(en['teachers.shown'], { count: young }) })).toBeVisible();
    await lessonFilter(page).getByLabel(en['teachers.filterTopic']).selectOption('sextortion');
    await expect(cards(page)).toHaveCount(0);
    await lessonFilter(page).getByLabel(en['teachers.filterBand']).selectOption('');
    await expect(cards(page).first()).toBeVisible();
    for (const card of await cards(page).all()) await expect(card).toContainText(en['topic.sextortion']);
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
  });
});

test.describe('printing', () => {
  test('the safeguarding steps print alone, on one A4 page', async ({ page }) => {
    await page.addInitScript(() => {
      window.print = () => {};
    });
    await page.goto('/en/teachers/');
    await page.getByRole('button', { name: en['teachers.printSafeguarding'] }).click();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { name: en['teachers.safeguardingTitle'] })).toBeVisible();
    await expect(page.getByRole('heading', { name: en['teachers.lessonsTitle'] })).toBeHidden();
    await expect(page.locator('.site-header')).toBeHidden();
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
  });

  test('teacher notes print without navigation, with the answer key', async ({ page }) => {
    await page.goto(`/en/teachers/${lesson.id}/`);
    await expect(page.locator('.pupil-qr svg')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.site-footer')).toBeHidden();
    await expect(page.getByRole('heading', { name: en['notes.answerKey'] })).toBeVisible();
    await expect(page.locator('.answer-key')).toBeVisible();
  });

  test('the pupil worksheet prints the questions without the answers', async ({ page }) => {
    await page.goto(`/en/teachers/${lesson.id}/worksheet/`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.quiz-worksheet > li').first()).toBeVisible();
    await expect(page.locator('.answer-key')).toHaveCount(0);
    await expect(page.getByText(en['notes.rightAnswers'])).toHaveCount(0);
  });

  test('the letters to parents print on one A4 page each, without navigation', async ({ page }) => {
    await page.goto(`/en/teachers/${lesson.id}/parents/`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('article p').nth(1)).toBeVisible();
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    await expect(page.locator('.parent-letter')).toHaveCount(2);
    expect(pages).toBe(2);
  });
});

test.describe('search', () => {
  const cases = [
    { lang: 'fr', path: '/fr/teachers/', word: 'sextorsion', lesson: 'sextortion-what-to-do' },
    { lang: 'nl', path: '/nl/', word: 'toestemming', lesson: 'consent-and-the-law' },
    { lang: 'en', path: '/en/teachers/', word: 'grooming', lesson: 'how-grooming-works' },
  ];
  for (const { lang, path, word, lesson: id } of cases) {
    test(`finds a lesson by a word of its text, in its language only (${lang})`, async ({ page }) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await page.goto(path);
      await page.getByRole('searchbox').fill(word);
      const results = page.locator('.search-results a');
      await expect(results.first()).toBeVisible();
      const hrefs = await results.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
      expect(hrefs.some((href) => href.includes(`/${lang}/lessons/${id}/`) || href.includes(`/${lang}/teachers/${id}/`))).toBe(
        true,
      );
      expect(hrefs.every((href) => href.startsWith(`/${lang}/`))).toBe(true);
      // Pupils search the lessons only; teachers search the teacher notes too (a second index).
      const teacherHits = hrefs.filter((href) => href.includes('/teachers/'));
      if (path.includes('/teachers/')) expect(teacherHits).toContain(`/${lang}/teachers/${id}/`);
      else expect(teacherHits).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
});

test.describe('projector mode', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('the keyboard goes through every section and quiz question, revealing answers; B blanks, H calms', async ({ page }) => {
    await page.goto(`/en/teachers/${lesson.id}/projector/`);
    const slides = page.locator('[data-slide]');
    const total = await slides.count();
    const quizSlides = await page.locator('[data-slide][data-reveal]').count();
    expect(quizSlides).toBe(lesson.types.length);
    expect(total).toBeGreaterThan(quizSlides + 3);
    await expect(page.locator('[data-slide]:visible')).toHaveCount(1);
    const status = page.locator('[data-status]');
    const seen = new Set<string>();
    let revealed = 0;
    for (let press = 0; press < total + quizSlides + 2; press += 1) {
      const current = page.locator('[data-slide]:visible');
      seen.add(await status.innerText());
      if ((await current.getAttribute('data-reveal')) !== null && (await current.locator('[data-answer]').isHidden())) {
        await page.keyboard.press('ArrowRight');
        await expect(current.locator('[data-answer]')).toBeVisible();
        revealed += 1;
        continue;
      }
      await page.keyboard.press('ArrowRight');
    }
    await expect(status).toHaveText(fill(en['projector.counter'], { number: total, total }));
    expect(revealed).toBe(quizSlides);
    expect(seen.size).toBe(total);

    await page.keyboard.press('Home');
    await page.keyboard.press('b');
    await expect(page.locator('[data-blank]')).toBeVisible();
    await expect(page.locator('[data-projector]')).toBeHidden();
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('[data-blank]')).toBeHidden();
    await expect(status).toHaveText(fill(en['projector.counter'], { number: 1, total }));
    await page.keyboard.press('h');
    await expect(page.getByRole('heading', { name: en['projector.calmTitle'] })).toBeVisible();
    await expect(page.locator('[data-calm]')).toContainText('116');
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(page.locator('[data-slide]:visible')).toHaveCount(1);
  });
});
