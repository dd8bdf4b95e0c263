import { expect, test, type Page } from '@playwright/test';
import en from '../../src/i18n/en.json' with { type: 'json' };
import fr from '../../src/i18n/fr.json' with { type: 'json' };
import nl from '../../src/i18n/nl.json' with { type: 'json' };
import { waitForQuiz } from './quiz-keyboard';
import { lessonsWithQuizTypes } from './site-content';
import { pageTypes } from './site-pages';

/** Look and feel (issue #13): reflow at 320 px, a compact header at 200 % text, the dark theme. */
const lessons = lessonsWithQuizTypes();
const young = lessons.find((lesson) => lesson.band === '6-8' && lesson.types.length > 0)!;
const older = lessons.find((lesson) => lesson.band === '15-18' && lesson.types.length > 0)!;

/** One page of every type in a language (the lesson's quiz included, once it has started). */
function everyPageType(lang: string): string[] {
  const types = pageTypes(lang, older.id, '6-8');
  return [
    '/',
    ...Object.values(types),
    `/${lang}/lessons/${young.id}/`,
    `/${lang}/about/`,
    `/${lang}/teachers/${young.id}/worksheet/`,
    `/${lang}/teachers/${young.id}/parents/`,
    `/${lang}/teachers/set/`,
    `/${lang}/no-such-page/`,
  ];
}

/** How far the page scrolls sideways (0 when everything fits). */
const sidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** The browser's text size setting (as a reader who needs large text sets it), in pixels; 16 is 100 %. */
async function setTextSize(page: Page, pixels: number): Promise<void> {
  const session = await page.context().newCDPSession(page);
  await session.send('Page.setFontSizes', { fontSizes: { standard: pixels, fixed: pixels } });
}

test.describe('reflow: nothing scrolls sideways on a 320 px screen', () => {
  test.use({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });

  for (const lang of ['fr', 'nl', 'en'] as const) {
    test(`every page type in ${lang}`, async ({ page }) => {
      const wide: string[] = [];
      for (const path of everyPageType(lang)) {
        await page.goto(path);
        if (path.includes('/lessons/')) await waitForQuiz(page);
        const overflow = await sidewaysScroll(page);
        if (overflow > 0) wide.push(`${path}: ${overflow} px too wide`);
      }
      expect(wide).toEqual([]);
    });
  }

  test('the menu, once open, fits too', async ({ page }) => {
    await page.goto('/fr/');
    await page.getByRole('banner').getByText(fr['nav.menu'], { exact: true }).click();
    await expect(page.getByRole('navigation', { name: fr['nav.main'] })).toBeVisible();
    expect(await sidewaysScroll(page)).toBe(0);
  });
});

test.describe('the header on a phone', () => {
  test.use({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true });

  test('at 200 % text, the header takes less than half of the screen', async ({ page }) => {
    await setTextSize(page, 32);
    for (const path of ['/fr/', `/fr/lessons/${older.id}/`, '/nl/help/', '/en/teachers/']) {
      await page.goto(path);
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize), path).toBe('32px');
      const box = (await page.getByRole('banner').boundingBox())!;
      expect(box.height, `header of ${path} at 200 % text`).toBeLessThan(640 / 2);
    }
  });

  test('the menu folds the navigation and the language switch, and opens without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 640 } });
    const page = await context.newPage();
    await page.goto('/nl/');
    const nav = page.getByRole('navigation', { name: nl['nav.main'] });
    const languages = page.getByRole('navigation', { name: nl['lang.label'] });
    await expect(nav).toBeHidden();
    await expect(languages).toBeHidden();
    await expect(page.getByRole('banner').getByRole('link', { name: nl['site.name'], exact: true })).toBeVisible();
    await page.getByRole('banner').getByText(nl['nav.menu'], { exact: true }).click();
    await expect(nav.getByRole('link', { name: nl['nav.help'] })).toBeVisible();
    await languages.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/en\/$/);
    await context.close();
  });

  test('on a wide screen the navigation shows without a menu button', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/en/');
    await expect(page.getByRole('banner').getByText(en['nav.menu'], { exact: true })).toBeHidden();
    await expect(
      page.getByRole('navigation', { name: en['nav.main'] }).getByRole('link', { name: en['nav.progress'] }),
    ).toBeVisible();
    const header = (await page.getByRole('banner').boundingBox())!;
    expect(header.height).toBeLessThan(80);
  });
});

test.describe('colours', () => {
  const colours = (page: Page) =>
    page.evaluate(() => {
      const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
      return { paper: style('html').backgroundColor, ink: style('body').color, header: style('header').backgroundColor };
    });

  test('follow the system: dark pages in dark mode, and a different colour for each age band', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/en/');
    const light = await colours(page);
    expect(light.paper).toBe('rgb(255, 255, 255)');
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await colours(page);
    expect(dark.paper).not.toBe(light.paper);
    expect(dark.ink).not.toBe(light.ink);
    const bands = await page
      .locator('[data-band]')
      .evaluateAll((cards) => cards.map((card) => getComputedStyle(card).backgroundColor));
    expect(bands).toHaveLength(4);
    expect(new Set(bands).size).toBe(4);
  });

  test('paper stays light: printing in dark mode prints dark text on white', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
    await page.goto(`/en/teachers/${young.id}/worksheet/`);
    const printed = await colours(page);
    expect(printed.paper).toBe('rgb(255, 255, 255)');
    expect(printed.ink).toBe('rgb(27, 31, 42)');
  });

  test('the projector stays light in dark mode', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`/en/teachers/${young.id}/projector/`);
    expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(27, 31, 42)');
  });
});

test('the about page credits the pictures and the libraries, and the footer links to it', async ({ page }) => {
  await page.goto('/fr/help/');
  await page.getByRole('contentinfo').getByRole('link', { name: fr['footer.about'] }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fr['about.title']);
  await expect(page.getByRole('link', { name: 'Fluent Emoji Flat' })).toHaveAttribute(
    'href',
    /^https:\/\/github\.com\/microsoft\/fluentui-emoji/,
  );
  await expect(page.getByRole('link', { name: 'solid-js' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'MIT' }).first()).toHaveAttribute('href', /^https:\/\//);
});
