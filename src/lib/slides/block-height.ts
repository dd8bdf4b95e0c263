import type { Element, ElementContent } from 'hast';
import { toString } from 'hast-util-to-string';

/**
 * How much text a slide holds at its smallest type (the floor), at 16:9: the page's CSS sets the
 * slide's size in viewport units, so 1280x720 and 1920x1080 lay out alike. Heights are counted in
 * lines of body text; the numbers are checked by the projector overflow test.
 */
export interface SlideLayout {
  /** Characters of body text on one full-width line. */
  charsPerLine: number;
  /** Lines of body text one slide holds. */
  linesPerSlide: number;
}

/** The projector slide at the type size the split aims for (the page may still shrink it to fit). */
export const projectorLayout: SlideLayout = { charsPerLine: 88, linesPerSlide: 16 };

/** A slide whose lists run in two columns (the help services): half the width, twice the lines. */
export const twoColumnLayout: SlideLayout = { charsPerLine: 42, linesPerSlide: 26 };

/** Extra height, in body lines, of each kind of block (margins, padding, borders). */
const SPACE = { paragraph: 0.55, heading: 0.7, item: 0.3, list: 0.55, box: 1.6 };
/** Size of heading text relative to body text. */
const HEADING_SCALE: Record<string, number> = { h1: 2.2, h2: 1.5, h3: 1.25, h4: 1.1 };
/** Characters of width that indentation (lists) and box padding take from a line. */
const INDENT = { list: 3, box: 4 };

/** Lines that a text of this length takes on lines of `width` characters. */
function textLines(length: number, width: number): number {
  return Math.max(1, Math.ceil(length / Math.max(10, width)));
}

/** The plain text of a node, with runs of white space counted once. */
export function textLength(node: ElementContent): number {
  return toString(node).replace(/\s+/g, ' ').trim().length;
}

/** Whether a node is an element (not text or a comment). */
export function isElement(node: ElementContent): node is Element {
  return node.type === 'element';
}

/** Whether an element is a box (scenario, remember): a section or aside with a frame. */
export function isBox(element: Element): boolean {
  return element.tagName === 'section' || element.tagName === 'aside' || element.tagName === 'blockquote';
}

/**
 * Estimated height, in lines of body text, of a block of a lesson body on lines of `width`
 * characters: paragraphs, headings, lists and boxes (whose children are counted one by one).
 */
export function blockHeight(node: ElementContent, width: number): number {
  if (!isElement(node)) return textLength(node) === 0 ? 0 : textLines(textLength(node), width) + SPACE.paragraph;
  const scale = HEADING_SCALE[node.tagName];
  if (scale) return textLines(textLength(node), width / scale) * scale * 1.1 + SPACE.heading;
  if (node.tagName === 'ul' || node.tagName === 'ol') {
    const items = node.children.filter(isElement);
    return items.reduce((sum, item) => sum + itemHeight(item, width - INDENT.list), SPACE.list);
  }
  if (isBox(node)) {
    return node.children.reduce((sum, child) => sum + blockHeight(child, width - INDENT.box), SPACE.box);
  }
  return textLines(textLength(node), width) + SPACE.paragraph;
}

/** Block elements inside a list item: such an item is measured block by block. */
const BLOCKS = new Set(['p', 'h2', 'h3', 'h4', 'ul', 'ol', 'div', 'section', 'blockquote']);

/** Estimated height of one list item: its text, or its blocks (e.g. a help service: name, text, hours). */
export function itemHeight(item: Element, width: number): number {
  // White space between the blocks needs no filtering out: blockHeight gives it no room.
  if (item.children.some((child) => isElement(child) && BLOCKS.has(child.tagName))) {
    return item.children.reduce((sum, child) => sum + blockHeight(child, width), SPACE.item);
  }
  return textLines(textLength(item), width) + SPACE.item;
}

/** Height a list adds besides its items. */
export const LIST_SPACE = SPACE.list;
/** Height a box adds besides its children, and the width its padding takes. */
export const BOX_SPACE = SPACE.box;
export const BOX_INDENT = INDENT.box;
export const LIST_INDENT = INDENT.list;
