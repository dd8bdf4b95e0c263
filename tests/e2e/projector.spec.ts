import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import en from '../../src/i18n/en.json' with { type: 'json' };
import { fill } from '../../src/i18n/fill';
import { lessonsWithQuizTypes } from './site-content';

const lesson = lessonsWithQuizTypes().find((l) => l.band === '12-14')!;
const projector = `/en/teachers/${lesson.id}/projector/`;

test.describe('projector: join slide and overview', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('opens on the join slide: the pupil page as a large QR code and a short address', async ({ page }) => {
    await page.goto(projector);
    const join = page.locator('[data-slide]:visible');
    await expect(join.getByRole('heading', { name: en['projector.joinTitle'] })).toBeVisible();
    const qr = join.getByRole('img', {
      name: fill(en['notes.qrAlt'], { address: `http://localhost:4321/en/lessons/${lesson.id}/` }),
    });
    await expect(qr).toBeVisible();
    expect((await qr.boundingBox())!.height).toBeGreaterThan(360);
    await expect(join.locator('.join-address')).toHaveText(`localhost:4321/en/lessons/${lesson.id}`);
  });

  test('O lists the slides; a slide is chosen by keyboard; Escape and O close the list', async ({ page }) => {
    await page.goto(projector);
    const titles = await page
      .locator('[data-slide]')
      .evaluateAll((slides) => slides.map((s) => (s as HTMLElement).dataset['title']));
    const status = page.locator('[data-status]');
    await page.keyboard.press('o');
    const dialog = page.getByRole('dialog', { name: en['projector.overviewTitle'] });
    await expect(dialog).toBeVisible();
    const jumps = dialog.getByRole('listitem').getByRole('button');
    await expect(jumps).toHaveCount(titles.length);
    await expect(jumps.first()).toBeFocused();
    await expect(jumps.first()).toHaveAttribute('aria-current', '');
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(jumps.nth(3)).toBeFocused();
    await expect(jumps.nth(3)).toHaveText(titles[3]!);
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(status).toHaveText(fill(en['projector.counter'], { number: 4, total: titles.length }));
    await expect(page.locator('[data-slide]:visible')).toHaveAttribute('data-title', titles[3]!);

    await page.keyboard.press('o');
    await expect(dialog).toBeVisible();
    await expect(jumps.nth(3)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await page.keyboard.press('O');
    await expect(dialog).toBeVisible();
    await page.keyboard.press('O');
    await expect(dialog).toBeHidden();
    await expect(status).toHaveText(fill(en['projector.counter'], { number: 4, total: titles.length }));

    await page.getByRole('button', { name: en['projector.overview'] }).click();
    await jumps.last().click();
    await expect(status).toHaveText(fill(en['projector.counter'], { number: titles.length, total: titles.length }));
    await page.keyboard.press('b');
    await expect(page.locator('[data-blank]')).toBeVisible();
    await page.keyboard.press('b');
    await expect(page.locator('[data-blank]')).toBeHidden();
  });
});

test.describe('addresses when the build did not know the school address', () => {
  // The site is built for localhost (the default) and shown here as if served at school.example:
  // Playwright answers that origin from the local preview, so nothing leaves this computer.
  const school = 'http://school.example';
  test.beforeEach(async ({ page, baseURL }) => {
    await page.route(`${school}/**`, async (route) => {
      const response = await route.fetch({ url: route.request().url().replace(school, baseURL!) });
      await route.fulfill({ response });
    });
  });
  // A request still in flight when a test ends (the favicon) must not fail the run.
  test.afterEach(async ({ page }) => page.unrouteAll({ behavior: 'ignoreErrors' }));

  test('the join slide and the teacher notes show and encode the address the page is served from', async ({ page }) => {
    const origins = new Set<string>();
    page.on('request', (request) => origins.add(new URL(request.url()).origin));
    const pupilPage = `${school}/en/lessons/${lesson.id}/`;
    await page.goto(`${school}${projector}`);
    const qr = page.getByRole('img', { name: fill(en['notes.qrAlt'], { address: pupilPage }) });
    await expect(qr).toBeVisible();
    await expect(page.locator('.join-address')).toHaveText(`school.example/en/lessons/${lesson.id}`);

    await page.goto(`${school}/en/teachers/${lesson.id}/`);
    const figure = page.locator('.pupil-qr');
    await expect(figure.getByRole('img', { name: fill(en['notes.qrAlt'], { address: pupilPage }) })).toBeAttached();
    await expect(figure.getByRole('link')).toHaveAttribute('href', pupilPage);
    await expect(figure.getByRole('link')).toHaveText(pupilPage);
    expect([...origins]).toEqual([school]);
  });

  test('the letter to parents and the worksheet print the address the page is served from', async ({ page }) => {
    const pupilPage = `${school}/en/lessons/${lesson.id}/`;
    await page.goto(`${school}/en/teachers/${lesson.id}/parents/`);
    await expect(page.locator('.lesson-address')).toHaveText(`${en['notes.parentMore']} ${pupilPage}`);
    await page.goto(`${school}/en/teachers/${lesson.id}/worksheet/`);
    await expect(page.locator('.lesson-address')).toHaveText(`${en['notes.worksheetAddress']} ${pupilPage}`);
  });

  test('a page served from this computer keeps the address it was built with', async ({ page }) => {
    await page.goto(`/en/teachers/${lesson.id}/`);
    await expect(page.locator('.pupil-qr').getByRole('link')).toHaveAttribute(
      'href',
      `http://localhost:4321/en/lessons/${lesson.id}/`,
    );
  });
});
