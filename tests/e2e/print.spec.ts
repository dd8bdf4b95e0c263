import { expect, test } from '@playwright/test';
import en from '../../src/i18n/en.json' with { type: 'json' };
import { comparable, cutAcrossPages, pdfPages, printA4 } from './print-pdf';
import { lessonsCoveringTypes, lessonsWithQuizTypes } from './site-content';

/** One lesson per band, plus lessons that together use every question type, for the worksheets. */
const all = lessonsWithQuizTypes();
const perBand = [...new Set(all.map((lesson) => lesson.band))].map((band) =>
  all.find((l) => l.band === band && l.types.length > 0)!,
);
const worksheetLessons = [...new Map([...perBand, ...lessonsCoveringTypes(all).lessons].map((l) => [l.id, l])).values()];

/** 14 pt in CSS pixels. */
const FOURTEEN_PT = (14 * 96) / 72;

test.describe('printed pages (A4 PDF)', () => {
  for (const lesson of worksheetLessons) {
    test(`worksheet of ${lesson.id} (${lesson.band}): no question cut across pages`, async ({ page }) => {
      await page.goto(`/en/teachers/${lesson.id}/worksheet/`);
      await page.emulateMedia({ media: 'print' });
      const questions = page.locator('[data-worksheet-question]');
      await expect(questions).toHaveCount(lesson.types.length);
      const pages = await pdfPages(await printA4(page));
      expect(await cutAcrossPages(page, '[data-worksheet-question]', pages)).toEqual([]);
      expect(pages.length).toBeLessThanOrEqual(lesson.types.length);
      test.info().annotations.push({ type: 'pages', description: String(pages.length) });
      if (lesson.band === '6-8') {
        const sizes = await questions.evaluateAll((elements) =>
          elements.map((element) => parseFloat(getComputedStyle(element).fontSize)),
        );
        for (const size of sizes) expect(size).toBeGreaterThanOrEqual(FOURTEEN_PT);
        // The lesson's picture beside the title, as on its card.
        await expect(page.locator('h1 .worksheet-picture svg')).toHaveCount(1);
      } else {
        await expect(page.locator('.worksheet-picture')).toHaveCount(0);
      }
    });
  }

  for (const lesson of perBand) {
    test(`plan at a glance and notes of ${lesson.id} (${lesson.band})`, async ({ page }) => {
      await page.goto(`/en/teachers/${lesson.id}/`);
      await page.emulateMedia({ media: 'print' });
      const notes = await pdfPages(await printA4(page));
      expect(notes.length).toBeGreaterThan(1);
      expect(notes[0]).toContain(comparable(en['plan.title']));
      expect(notes[0]).not.toContain(comparable(en['notes.prompts']));
      expect(await cutAcrossPages(page, '.answer-key > li', notes)).toEqual([]);
      test.info().annotations.push({ type: 'notes pages', description: String(notes.length) });

      await page.evaluate(() => (document.documentElement.dataset['printOnly'] = 'plan'));
      const plan = await pdfPages(await printA4(page));
      expect(plan).toHaveLength(1);
      for (const heading of ['plan.steps', 'plan.safeguarding', 'notes.preparation', 'plan.links'] as const) {
        expect(plan[0]).toContain(comparable(en[heading]));
      }
    });

    test(`letters to parents of ${lesson.id} (${lesson.band}): two pages`, async ({ page }) => {
      await page.goto(`/en/teachers/${lesson.id}/parents/`);
      await page.emulateMedia({ media: 'print' });
      const pages = await pdfPages(await printA4(page));
      expect(pages).toHaveLength(2);
      expect(await cutAcrossPages(page, '.parent-letter', pages)).toEqual([]);
    });
  }

  for (const lang of ['fr', 'nl', 'en'] as const) {
    test(`the plan at a glance of every lesson prints on one A4 page (${lang})`, async ({ page }) => {
      test.setTimeout(180_000);
      const over: string[] = [];
      for (const lesson of all) {
        await page.goto(`/${lang}/teachers/${lesson.id}/`);
        await page.emulateMedia({ media: 'print' });
        await page.evaluate(() => (document.documentElement.dataset['printOnly'] = 'plan'));
        const plan = await pdfPages(await printA4(page));
        if (plan.length !== 1) over.push(`${lesson.id}: ${plan.length} pages`);
      }
      test.info().annotations.push({ type: 'plans measured', description: String(all.length) });
      expect(all.length).toBeGreaterThan(30);
      expect(over).toEqual([]);
    });
  }
});
