import { expect, test } from '@playwright/test';
import en from '../../src/i18n/en.json' with { type: 'json' };
import fr from '../../src/i18n/fr.json' with { type: 'json' };
import nl from '../../src/i18n/nl.json' with { type: 'json' };
import { everyAgeCard, helpCard } from '../../src/lib/helplines';
import { BANDS } from '../../src/schemas/bands';
import { lessonsWithQuizTypes } from './site-content';

const strings = { fr, nl, en };
const lessons = lessonsWithQuizTypes();

// The site under test is built with the default help region (Brussels); the data tests check every region.
test.describe("the help card fits the pupil's age", () => {
  for (const band of BANDS) {
    const lesson = lessons.find((entry) => entry.band === band)!;
    for (const lang of ['fr', 'nl'] as const) {
      test(`${band}, ${lang}: the lesson's card lists the services for that age, in order`, async ({ page }) => {
        await page.goto(`/${lang}/lessons/${lesson.id}/`);
        const card = page.locator('aside.help-card');
        const { services, emergency } = helpCard('brussels', band, lang);
        await expect(card.locator('.helpline-name')).toHaveText([...services, ...emergency].map((line) => line.name));
        const tryAgain = card.getByText(strings[lang]['help.tryAgain'], { exact: true });
        if (band === '6-8') await expect(tryAgain).toBeVisible();
        else await expect(tryAgain).toHaveCount(0);
        const adults = card.getByText(strings[lang]['help.adultsOnly'], { exact: true });
        await expect(adults).toHaveCount(band === '15-18' ? 1 : 0);
      });
    }
  }

  test('the home page and a set of lessons show the short card for every age, with "Start here" and the help page', async ({
    page,
  }) => {
    for (const [lang, path] of [
      ['fr', '/fr/'],
      ['en', '/en/set/'],
    ] as const) {
      await page.goto(path);
      const card = page.locator('aside.help-card');
      const { services, emergency } = everyAgeCard('brussels', lang);
      await expect(card.locator('.helpline-name')).toHaveText([...services, ...emergency].map((line) => line.name));
      const start = `${strings[lang]['start.linkQuestion']} ${strings[lang]['start.linkAction']}`;
      await expect(card.getByRole('link', { name: start })).toHaveAttribute('href', `/${lang}/help/start/`);
      await expect(card.getByRole('link', { name: strings[lang]['help.all'] })).toHaveAttribute('href', `/${lang}/help/`);
    }
  });

  test('the help page lists every service of the region, with hours and chat links', async ({ page }) => {
    await page.goto('/en/help/');
    const { services, emergency } = helpCard('brussels', undefined, 'en');
    await expect(page.locator('.helpline-name')).toHaveText([...services, ...emergency].map((line) => line.name));
    await expect(page.getByRole('link', { name: 'Chat with Awel' })).toHaveAttribute('href', 'https://awel.be');
    const childFocus = page.locator('.helpline').filter({ hasText: 'Child Focus' }).first();
    await expect(childFocus).toContainText(en['help.hours.always']);
    const awel = page.locator('.helpline').filter({ hasText: 'Awel' }).first();
    await expect(awel).toContainText(en['help.hours.website']);
  });
});
