import { expect, test, type Page } from '@playwright/test';
import { lessonsWithQuizTypes } from './site-content';

const lessons = lessonsWithQuizTypes();
const languages = ['fr', 'nl', 'en'] as const;
const screens = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];

/** One measured view of a slide: how far it overflows its box (0 when it fits). */
interface View {
  slide: number;
  title: string;
  revealed: boolean;
  overflowX: number;
  overflowY: number;
  fit: string;
}

/**
 * Goes through the whole deck in the page with the projector's own keys (so each quiz slide is
 * measured before and after its answer is revealed) and measures every view of every slide.
 */
function measureDeck(page: Page): Promise<View[]> {
  return page.evaluate(() => {
    const press = (key: string) => document.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    const slides = [...document.querySelectorAll<HTMLElement>('[data-slide]')];
    const views: View[] = [];
    press('Home');
    const presses = slides.length + document.querySelectorAll('[data-slide][data-reveal]').length;
    for (let step = 0; step < presses; step += 1) {
      const index = slides.findIndex((slide) => !slide.hidden);
      const slide = slides[index]!;
      const answer = slide.querySelector<HTMLElement>('[data-answer]');
      views.push({
        slide: index,
        title: slide.dataset['title'] ?? '',
        revealed: answer ? !answer.hidden : false,
        overflowX: slide.scrollWidth - slide.clientWidth,
        overflowY: slide.scrollHeight - slide.clientHeight,
        fit: slide.style.getPropertyValue('--fit'),
      });
      press('ArrowRight');
    }
    return views;
  });
}

test.describe('projector slides fit the screen', () => {
  test.describe.configure({ timeout: 240_000 });
  for (const lang of languages) {
    test(`every slide of every lesson fits at 1280x720 and 1920x1080, answers revealed (${lang})`, async ({ page }) => {
      const overflows: string[] = [];
      let measured = 0;
      const scales: number[] = [];
      for (const lesson of lessons) {
        await page.setViewportSize(screens[0]!);
        await page.goto(`/${lang}/teachers/${lesson.id}/projector/`);
        await expect(page.locator('body.is-deck')).toBeVisible();
        const slideCount = await page.locator('[data-slide]').count();
        for (const screen of screens) {
          await page.setViewportSize(screen);
          const views = await measureDeck(page);
          expect(new Set(views.map((view) => view.slide)).size).toBe(slideCount);
          expect(views.filter((view) => view.revealed).length).toBe(lesson.types.length);
          measured += slideCount;
          scales.push(...views.map((view) => Number(view.fit || 1)));
          for (const view of views.filter((v) => v.overflowX > 0 || v.overflowY > 0)) {
            overflows.push(
              `${lang}/${lesson.id} at ${screen.width}x${screen.height}, slide ${view.slide + 1} "${view.title}"` +
                `${view.revealed ? ' (answer shown)' : ''}: ${view.overflowY}px too high, ${view.overflowX}px too wide`,
            );
          }
        }
      }
      test.info().annotations.push({ type: 'slides measured', description: String(measured) });
      const shrunk = scales.filter((scale) => scale < 1).length;
      const atFloor = scales.filter((scale) => scale <= 0.7).length;
      console.log(
        `${lang}: ${measured} slides measured (${lessons.length} lessons x ${screens.length} sizes), ${scales.length} views; ` +
          `${shrunk} shrunk to fit, ${atFloor} at the type floor`,
      );
      expect(overflows).toEqual([]);
    });
  }
});
