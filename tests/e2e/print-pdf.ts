import type { Page } from '@playwright/test';
import { extractText } from 'unpdf';

/** The printed pages of a PDF, each as comparable text: letters only, in reading order. */
export async function pdfPages(pdf: Buffer): Promise<string[]> {
  const { text } = await extractText(new Uint8Array(pdf), { mergePages: false });
  return text.map(comparable);
}

/**
 * Text reduced to its letters, to find it in a PDF page: no spaces, punctuation, or list numbers
 * (the PDF has the numbers of ordered lists, the element's text does not).
 */
export const comparable = (text: string): string => text.normalize('NFKC').replace(/[^\p{L}]/gu, '');

/** Prints the page as Chromium does on A4 with the page's own CSS. */
export const printA4 = (page: Page): Promise<Buffer> => page.pdf({ format: 'A4', preferCSSPageSize: true });

/**
 * The elements matching `selector` whose whole text is not on a single printed page: each is
 * cut across pages (or missing). Returns their first words, to name them in a failure.
 */
export async function cutAcrossPages(page: Page, selector: string, pages: string[]): Promise<string[]> {
  const texts = await page
    .locator(selector)
    .evaluateAll((elements) => elements.map((element) => (element as HTMLElement).innerText));
  return texts.filter((text) => !pages.some((printed) => printed.includes(comparable(text)))).map((text) => text.slice(0, 60));
}
