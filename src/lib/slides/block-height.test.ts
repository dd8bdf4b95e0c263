import type { Element, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { blockHeight, itemHeight, textLength } from './block-height';

/** The first node of an HTML fragment. */
const node = (html: string) => fromHtml(html, { fragment: true }).children[0] as ElementContent;
const element = (html: string) => node(html) as Element;
const width = 40;
/** A text that fits one full line of `width` characters, but not a narrower one. */
const fullLine = 'A line of thirty-eight characters, ok.';

describe('textLength', () => {
  it('counts runs of white space once and none at the ends, as the browser shows them', () => {
    expect(textLength(node('<p>\n  Stay   safe\n</p>'))).toBe('Stay safe'.length);
  });
});

describe('blockHeight of headings', () => {
  it('gives a heading more room than a paragraph of the same text, and a higher level more than a lower one', () => {
    const height = (tag: string) => blockHeight(node(`<${tag}>Who to tell</${tag}>`), width);
    expect(height('h4')).toBeGreaterThan(height('p'));
    expect(height('h3')).toBeGreaterThan(height('h4'));
    expect(height('h2')).toBeGreaterThan(height('h3'));
  });

  it('wraps a heading sooner than a paragraph, its type being larger', () => {
    const height = (tag: string, text: string) => blockHeight(node(`<${tag}>${text}</${tag}>`), width);
    expect(height('p', fullLine)).toBe(height('p', 'Short'));
    expect(height('h2', fullLine)).toBeGreaterThan(height('h2', 'Short'));
  });

  it('gives each line of a heading at least the height of its type (h2 1.5 times body text, h3 1.25)', () => {
    const twoLines = (tag: string) =>
      blockHeight(node(`<${tag}>${fullLine}</${tag}>`), width) - blockHeight(node(`<${tag}>Short</${tag}>`), width);
    expect(twoLines('h2')).toBeGreaterThanOrEqual(1.5);
    expect(twoLines('h3')).toBeGreaterThanOrEqual(1.25);
  });
});

describe('blockHeight of lists', () => {
  it.each(['ul', 'ol'])('puts each item of a %s on its own line, with room between items', (tag) => {
    const list = blockHeight(node(`<${tag}><li>One</li><li>Two</li><li>Six</li></${tag}>`), width);
    expect(list).toBeGreaterThan(3);
    expect(list).toBeGreaterThan(blockHeight(node('<p>One Two Six</p>'), width));
  });

  it('gives no room to the white space between items, as written in HTML', () => {
    const tight = blockHeight(node('<ul><li>One</li><li>Two</li></ul>'), width);
    expect(blockHeight(node('<ul>\n  <li>One</li>\n  <li>Two</li>\n</ul>'), width)).toBe(tight);
  });

  it('wraps an item sooner than a paragraph, the list being indented', () => {
    const list = (text: string) => blockHeight(node(`<ul><li>${text}</li></ul>`), width);
    expect(list(fullLine)).toBeGreaterThan(list('Short'));
  });
});

describe('blockHeight of boxes', () => {
  it.each(['section', 'aside', 'blockquote'])('gives a %s box its paragraphs one by one plus its frame', (tag) => {
    const paragraphs = '<p>Amir is 13.</p><p>He gets a message.</p>';
    const box = blockHeight(node(`<${tag} class="box">${paragraphs}</${tag}>`), width);
    const inside = blockHeight(node('<p>Amir is 13.</p>'), width) + blockHeight(node('<p>He gets a message.</p>'), width);
    expect(box).toBeGreaterThan(inside);
    expect(box).toBeGreaterThan(blockHeight(node(`<div>${paragraphs}</div>`), width));
  });

  it('wraps the text of a box sooner, its padding taking some of the width', () => {
    const box = (text: string) => blockHeight(node(`<aside><p>${text}</p></aside>`), width);
    expect(box(fullLine)).toBeGreaterThan(box('Short'));
  });

  it('gives no room to white space between the blocks of a box, and loose text the room of a paragraph', () => {
    const tight = blockHeight(node('<aside><p>Call 112.</p></aside>'), width);
    expect(blockHeight(node('<aside>\n  <p>Call 112.</p>\n</aside>'), width)).toBe(tight);
    expect(blockHeight(node('<aside>Call 112.</aside>'), width)).toBe(tight);
  });
});

describe('itemHeight', () => {
  it.each(['p', 'h2', 'h3', 'h4', 'div', 'section', 'blockquote'])(
    'measures an item holding a %s block by block, taller than the same text alone',
    (tag) => {
      const plain = itemHeight(element('<li>Child Focus</li>'), width);
      expect(itemHeight(element(`<li><${tag}>Child Focus</${tag}></li>`), width)).toBeGreaterThan(plain);
    },
  );

  it.each(['ul', 'ol'])('measures an item holding a sub-list (%s) with its text and the sub-list', (tag) => {
    const subList = `<${tag}><li>one</li><li>two</li></${tag}>`;
    const item = itemHeight(element(`<li>Steps${subList}</li>`), width);
    expect(item).toBeGreaterThan(blockHeight(node(subList), width));
    expect(item).toBeGreaterThan(itemHeight(element(`<li>${subList}</li>`), width));
  });

  it('measures an item of text with inline markup as one text', () => {
    expect(itemHeight(element('<li><strong>Call</strong> 112 now</li>'), width)).toBe(
      itemHeight(element('<li>Call 112 now</li>'), width),
    );
  });
});
