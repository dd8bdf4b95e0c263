import { describe, expect, it } from 'vitest';
import { splitIntoSlides } from './split-slides';

const continued = (title: string) => `${title} (continued)`;
const layout = { charsPerLine: 40, linesPerSlide: 10 };
const sentence = 'A sentence of about forty characters ok.';
const paragraphs = (count: number) => Array.from({ length: count }, () => `<p>${sentence}</p>`).join('');
const items = (count: number) => Array.from({ length: count }, (_, i) => `<li>Item ${i + 1}</li>`).join('');

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
  });

  it('splits a long section between paragraphs and repeats its heading, without its id', () => {
    const slides = splitIntoSlides(`<h2 id="long">Long</h2>${paragraphs(6)}`, { continued, layout });
    expect(slides.length).toBe(2);
    expect(slides[1]).toMatchObject({ title: 'Long', continued: true });
    expect(slides[1]!.html.startsWith('<h2>Long (continued)</h2><p>')).toBe(true);
    const count = (html: string) => html.split('<p>').length - 1;
    expect(count(slides[0]!.html) + count(slides[1]!.html)).toBe(6);
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
