import type { ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { blockHeight } from './block-height';
import { splitIntoSlides } from './split-slides';

const continued = (title: string) => `${title} (continued)`;
const layout = { charsPerLine: 40, linesPerSlide: 10 };
const sentence = 'A sentence of about forty characters ok.';
const paragraphs = (count: number) => Array.from({ length: count }, () => `<p>${sentence}</p>`).join('');
const items = (count: number) => Array.from({ length: count }, (_, i) => `<li>Item ${i + 1}</li>`).join('');
/** The estimated height of some HTML, in body lines, as the split measures it. */
const height = (html: string, width = layout.charsPerLine) =>
  fromHtml(html, { fragment: true }).children.reduce((sum, node) => sum + blockHeight(node as ElementContent, width), 0);
const count = (html: string, tag: string) => html.split(`<${tag}`).length - 1;
const fitsLayout = (html: string) => height(html) <= layout.linesPerSlide;

describe('splitIntoSlides', () => {
  it('makes a slide per h2 section and per box with its own h2, keeping short sections whole', () => {
    const html = `<p>Intro.</p><h2 id="a">First</h2><p>One.</p><h2 id="b">Second</h2><ul><li>x</li></ul><section class="box remember" aria-labelledby="r"><h2 id="r">Remember</h2><p>Two.</p></section>`;
    const slides = splitIntoSlides(html, { continued, layout });
    expect(slides.map((s) => [s.title, s.continued])).toEqual([
      ['', false],
      ['First', false],
      ['Second', false],
      ['Remember', false],
    ]);
    expect(slides[1]!.html).toBe('<h2 id="a">First</h2><p>One.</p>');
    expect(slides[3]!.html).toBe(
      '<section class="box remember" aria-labelledby="r"><h2 id="r">Remember</h2><p>Two.</p></section>',
    );
  });

  it('reads a section title as the page shows it, white space collapsed', () => {
    const slides = splitIntoSlides(`<h2>\n  Who to\n  tell\n</h2>${paragraphs(8)}`, { continued, layout });
    expect(slides[0]!.title).toBe('Who to tell');
    expect(slides[1]!.html.startsWith('<h2>Who to tell (continued)</h2>')).toBe(true);
  });

  it('leaves out the white space between blocks and keeps loose text as a block of its own', () => {
    const slides = splitIntoSlides('\n<h2 id="a">First</h2>\n  <p>One.</p>\n<h2>Call</h2>\nCall 112 at any time.\n', {
      continued,
      layout,
    });
    expect(slides.map((s) => s.html)).toEqual(['<h2 id="a">First</h2><p>One.</p>', '<h2>Call</h2>\nCall 112 at any time.\n']);
  });

  it('splits a long section between paragraphs and repeats its heading, without its id', () => {
    const slides = splitIntoSlides(`<h2 id="long">Long</h2>${paragraphs(6)}`, { continued, layout });
    expect(slides.length).toBe(2);
    expect(slides[1]).toMatchObject({ title: 'Long', continued: true });
    expect(slides[1]!.html.startsWith('<h2>Long (continued)</h2><p>')).toBe(true);
    expect(count(slides[0]!.html, 'p') + count(slides[1]!.html, 'p')).toBe(6);
    expect(
      slides
        .map((s) => s.html)
        .join('')
        .match(/id="long"/g),
    ).toHaveLength(1);
  });

  it('splits a long list between its items, keeping the numbering of an ordered list', () => {
    const slides = splitIntoSlides(`<h2>Steps</h2><ol>${items(14)}</ol>`, { continued, layout });
    expect(slides.length).toBeGreaterThan(1);
    expect(slides[1]!.html).toMatch(/^<h2>Steps \(continued\)<\/h2><ol start="\d+"><li>Item \d+<\/li>/);
    const all = slides.map((s) => s.html).join('');
    expect(all.match(/<li>/g)).toHaveLength(14);
    const start = Number(/start="(\d+)"/.exec(slides[1]!.html)![1]);
    expect(slides[1]!.html).toContain(`<li>Item ${start}</li>`);
  });

  it('splits a long box between its paragraphs, repeating its heading without the label reference', () => {
    const html = `<h2>Story</h2><section class="box scenario" aria-labelledby="s"><h3 id="s">Amir, 13</h3>${paragraphs(10)}</section>`;
    const slides = splitIntoSlides(html, { continued, layout });
    expect(slides.length).toBeGreaterThan(1);
    const later = slides[1]!.html;
    expect(later).toMatch(/^<h2>Story \(continued\)<\/h2><section class="box scenario"><h3>Amir, 13 \(continued\)<\/h3><p>/);
    expect(
      slides
        .map((s) => s.html)
        .join('')
        .match(/<p>/g),
    ).toHaveLength(10);
  });

  it('never leaves a slide with only a heading when a block is too long to split', () => {
    const long = `<p>${sentence.repeat(20)}</p>`;
    const slides = splitIntoSlides(`<h2>Big</h2>${long}<p>After.</p>`, { continued, layout });
    expect(slides[0]!.html).toBe(`<h2>Big</h2>${long}`);
    expect(slides[1]!.html).toBe('<h2>Big (continued)</h2><p>After.</p>');
  });
});

describe('splitIntoSlides with structured list items', () => {
  it('measures an item block by block, so a list of services splits between services', () => {
    const service = `<li><h3>Service</h3><p>${sentence}</p><p>${sentence}</p></li>`;
    const slides = splitIntoSlides(`<h2>Help</h2><ul class="helplines">${service.repeat(4)}</ul>`, { continued, layout });
    expect(slides.length).toBe(4);
    expect(slides.every((slide) => slide.html.match(/<li>/g)?.length === 1)).toBe(true);
    expect(slides[3]!.html.startsWith('<h2>Help (continued)</h2><ul class="helplines"><li><h3>Service</h3>')).toBe(true);
  });
});

describe('splitIntoSlides, filling the slides', () => {
  it('starts a long list on the slide of the paragraph before it and fills every slide without overflowing it', () => {
    const slides = splitIntoSlides(`<h2>Steps</h2><p>${sentence}</p><ol>${items(14)}</ol>`, { continued, layout });
    expect(slides[0]!.html).toContain('<p>A sentence');
    expect(slides[0]!.html).toContain('<ol><li>Item 1</li>');
    expect(slides.every((slide) => fitsLayout(slide.html))).toBe(true);
    // Later slides have only the heading above the list, so they take more items than the first.
    expect(count(slides[1]!.html, 'li')).toBeGreaterThan(count(slides[0]!.html, 'li'));
    expect(slides.reduce((sum, slide) => sum + count(slide.html, 'li'), 0)).toBe(14);
  });

  it('counts the indent of a list, whose long items wrap sooner', () => {
    const rule = `<li>${sentence}</li>`;
    const slides = splitIntoSlides(`<h2>Rules</h2><ul>${rule.repeat(6)}</ul>`, { continued, layout });
    expect(slides.length).toBeGreaterThan(1);
    expect(slides.every((slide) => fitsLayout(slide.html))).toBe(true);
  });

  it('keeps the numbering of an ordered list that starts further on', () => {
    const slides = splitIntoSlides(`<h2>Steps</h2><ol start="5">${items(14)}</ol>`, { continued, layout });
    expect(slides[0]!.html).toContain('<ol start="5"><li>Item 1</li>');
    expect(slides[1]!.html).toContain(`<ol start="${5 + count(slides[0]!.html, 'li')}">`);
  });

  it('keeps two paragraphs on a slide they fill exactly', () => {
    const exact = { charsPerLine: 40, linesPerSlide: height(paragraphs(1)) + height(paragraphs(1)) };
    expect(splitIntoSlides(paragraphs(2), { continued, layout: exact })).toHaveLength(1);
  });

  it('keeps on a slide the list items up to the one that fills it exactly', () => {
    const exact = { charsPerLine: 40, linesPerSlide: height(`<ul>${items(3)}</ul>`) };
    const slides = splitIntoSlides(`<ul>${items(4)}</ul>`, { continued, layout: exact });
    expect(slides.map((slide) => count(slide.html, 'li'))).toEqual([3, 1]);
  });

  it('moves loose text that does not fit to the next slide, whole', () => {
    const loose = sentence.repeat(3);
    const long = `<p>${sentence.repeat(6)}</p>`;
    const slides = splitIntoSlides(`<h2>Big</h2>${long}${loose}`, { continued, layout });
    expect(slides.map((slide) => slide.html)).toEqual([`<h2>Big</h2>${long}`, `<h2>Big (continued)</h2>${loose}`]);
  });

  it('moves a long block that is neither a list nor a box to the next slide, whole', () => {
    const block = `<div class="note">${paragraphs(8)}</div>`;
    const slides = splitIntoSlides(`<h2>Notes</h2><p>${sentence}</p>${block}`, { continued, layout });
    expect(slides.map((slide) => slide.html)).toEqual([`<h2>Notes</h2><p>${sentence}</p>`, `<h2>Notes (continued)</h2>${block}`]);
  });
});

describe('splitIntoSlides with long boxes', () => {
  const story = (title: string, body: string) =>
    `<h2>Story</h2><p>${sentence}</p><section class="box scenario" aria-labelledby="s"><h3 id="s">${title}</h3>${body}</section>`;

  it.each([
    ['a short heading and long paragraphs', 'Amir, 13', paragraphs(8)],
    ['a long heading and short paragraphs', 'Amir, 13, and a message at night', '<p>He reads it.</p>'.repeat(8)],
  ])('fills every slide of a box with %s without overflowing it', (_, title, body) => {
    const slides = splitIntoSlides(story(title, body), { continued, layout });
    expect(slides.length).toBeGreaterThan(2);
    expect(slides.every((slide) => fitsLayout(slide.html))).toBe(true);
    expect(slides.reduce((sum, slide) => sum + count(slide.html, 'p'), 0)).toBe(9);
  });

  it('moves a box with no room left for its first paragraph to the next slide, with its own heading', () => {
    const box = `<section class="box scenario" aria-labelledby="s"><h3 id="s">Amir, 13</h3>${paragraphs(3)}</section>`;
    const long = `<p>${sentence.repeat(5)}</p>`;
    const slides = splitIntoSlides(`<h2>Story</h2>${long}${box}`, { continued, layout });
    expect(slides[0]!.html).toBe(`<h2>Story</h2>${long}`);
    expect(
      slides[1]!.html.startsWith(
        '<h2>Story (continued)</h2><section class="box scenario" aria-labelledby="s"><h3 id="s">Amir, 13</h3><p>',
      ),
    ).toBe(true);
  });

  it('finds the heading of a box written with white space between its blocks', () => {
    const html = `<h2>Story</h2><section class="box scenario">\n  <h3>Amir, 13</h3>\n  ${paragraphs(10)}\n</section>`;
    const slides = splitIntoSlides(html, { continued, layout });
    expect(slides[1]!.html).toContain('<section class="box scenario"><h3>Amir, 13 (continued)</h3>');
  });

  it('repeats no heading of a box that starts with text, and keeps that text', () => {
    const html = `<h2>Story</h2><aside class="box">Read this first.<h3>Then</h3>${paragraphs(10)}</aside>`;
    const slides = splitIntoSlides(html, { continued, layout });
    expect(slides.length).toBeGreaterThan(1);
    expect(slides[0]!.html).toContain('<aside class="box">Read this first.<h3>Then</h3>');
    expect(slides.some((slide) => slide.html.includes('Then (continued)'))).toBe(false);
  });

  it.each(['x-h3', 'h3-note'])('repeats only a real heading h2 to h4, not a %s element', (tag) => {
    const html = `<h2>Story</h2><aside class="box"><${tag}>Amir</${tag}>${paragraphs(10)}</aside>`;
    const slides = splitIntoSlides(html, { continued, layout });
    expect(slides.length).toBeGreaterThan(1);
    expect(slides.some((slide) => slide.html.includes('Amir (continued)'))).toBe(false);
  });
});
