import type { Element, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import {
  BOX_INDENT,
  BOX_SPACE,
  blockHeight,
  isBox,
  isElement,
  itemHeight,
  LIST_INDENT,
  LIST_SPACE,
  projectorLayout,
  type SlideLayout,
} from './block-height';

/** One slide of a lesson body: the HTML it shows and the title of its section. */
export interface BodySlide {
  /** The section's heading text ('' before the first heading). */
  title: string;
  /** True on the second and later slides of a section. */
  continued: boolean;
  /** The slide's content, as HTML. */
  html: string;
}

/** A section of the lesson body: an h2 and what follows it, or a box with its own h2 (remember). */
interface Section {
  heading?: Element;
  title: string;
  blocks: ElementContent[];
}

/** Options of the split: how a continued section's heading reads, and the slide's capacity. */
export interface SplitOptions {
  /** The heading of a section's later slides, e.g. `${title} (continued)`. */
  continued: (title: string) => string;
  layout?: SlideLayout;
}

const isHeading = (node: ElementContent, level: string): boolean => isElement(node) && node.tagName === level;
const textOf = (node: ElementContent) => toString(node).replace(/\s+/g, ' ').trim();

/** Splits the body's top-level blocks into sections at each h2 and at each box holding an h2. */
function sections(blocks: readonly ElementContent[]): Section[] {
  const result: Section[] = [];
  let current: Section | undefined;
  for (const block of blocks) {
    if (isElement(block) && block.tagName === 'h2') {
      current = { heading: block, title: textOf(block), blocks: [] };
      result.push(current);
    } else if (isElement(block) && isBox(block) && block.children.some((child) => isHeading(child, 'h2'))) {
      const heading = block.children.find((child) => isHeading(child, 'h2'))!;
      result.push({ title: textOf(heading), blocks: [block] });
      current = undefined;
    } else {
      if (!current) {
        current = { title: '', blocks: [] };
        result.push(current);
      }
      current.blocks.push(block);
    }
  }
  return result;
}

/**
 * Packs items into chunks, greedily: the first chunk gets `first` lines, the others `full`.
 * The first chunk is empty when its first item does not fit in `first`; no other chunk is.
 */
function chunk<T>(items: readonly T[], height: (item: T) => number, first: number, full: number): T[][] {
  const chunks: T[][] = [[]];
  let used = 0;
  for (const item of items) {
    const room = chunks.length === 1 ? first : full;
    const h = height(item);
    // A new chunk always gets the item at hand, so only the first can stay empty.
    if (used + h > room) {
      chunks.push([]);
      used = 0;
    }
    chunks.at(-1)!.push(item);
    used += h;
  }
  return chunks;
}

/** A copy of a heading without its id (ids stay on the first slide), with another text. */
function headingCopy(heading: Element, text: string): Element {
  const { id: _id, ...properties } = heading.properties;
  return { ...heading, properties, children: [{ type: 'text', value: text }] };
}

/**
 * Splits one block that does not fit in `first` lines: a list between its items (numbering
 * kept), a box between its children (its heading repeated as continued). Other blocks stay
 * whole. Returns the part for the current slide (maybe none) and one part per further slide.
 */
function splitBlock(block: ElementContent, first: number, full: number, options: Required<SplitOptions>): ElementContent[][] {
  const width = options.layout.charsPerLine;
  if (!isElement(block)) return [[], [block]];
  if (block.tagName === 'ul' || block.tagName === 'ol') {
    const items = block.children.filter(isElement);
    const parts = chunk(items, (item) => itemHeight(item, width - LIST_INDENT), first - LIST_SPACE, full - LIST_SPACE);
    let start = Number(block.properties['start'] ?? 1);
    return parts.map((part) => {
      if (part.length === 0) return [];
      const properties = block.tagName === 'ol' && start > 1 ? { ...block.properties, start } : block.properties;
      start += part.length;
      return [{ ...block, properties, children: part }];
    });
  }
  if (isBox(block)) {
    const [head, ...rest] = block.children.filter((child) => isElement(child) || textOf(child) !== '');
    const heading = head && isElement(head) && /^h[2-4]$/.test(head.tagName) ? head : undefined;
    const body = heading ? rest : block.children;
    const headHeight = heading ? blockHeight(heading, width - BOX_INDENT) : 0;
    const room = (lines: number) => lines - BOX_SPACE - headHeight;
    const parts = chunk(body, (child) => blockHeight(child, width - BOX_INDENT), room(first), room(full));
    const { id: _id, ariaLabelledBy: _label, ...copyProperties } = block.properties;
    // The box starts in its first part that holds something (the second when none fits here).
    const start = parts.findIndex((part) => part.length > 0);
    return parts.map((part, index) => {
      if (part.length === 0) return [];
      if (index === start) return [{ ...block, children: heading ? [heading, ...part] : part }];
      const copyHead = heading ? [headingCopy(heading, options.continued(textOf(heading)))] : [];
      return [{ ...block, properties: copyProperties, children: [...copyHead, ...part] }];
    });
  }
  return [[], [block]];
}

/**
 * Splits a lesson body (its rendered HTML) into projector slides: a slide per section (h2, or a
 * remember box), and a section too long for one slide into several, between paragraphs, list
 * items or a box's paragraphs; later slides repeat the section's heading as "continued".
 */
export function splitIntoSlides(html: string, options: SplitOptions): BodySlide[] {
  const settings: Required<SplitOptions> = { layout: projectorLayout, ...options };
  const { charsPerLine: width, linesPerSlide: full } = settings.layout;
  const blocks = fromHtml(html, { fragment: true }).children.filter(
    (node): node is ElementContent => node.type === 'element' || (node.type === 'text' && node.value.trim() !== ''),
  );
  const slides: BodySlide[] = [];
  for (const section of sections(blocks)) {
    const sectionSlides: ElementContent[][] = [];
    let used = 0;
    const open = () => {
      const first = sectionSlides.length === 0;
      const heading =
        section.heading && (first ? section.heading : headingCopy(section.heading, settings.continued(section.title)));
      sectionSlides.push(heading ? [heading] : []);
      used = heading ? blockHeight(heading, width) : 0;
    };
    open();
    for (const block of section.blocks) {
      const height = blockHeight(block, width);
      if (used + height <= full) {
        sectionSlides.at(-1)!.push(block);
        used += height;
        continue;
      }
      const headingHeight = section.heading ? blockHeight(section.heading, width) : 0;
      const parts = splitBlock(block, full - used, full - headingHeight, settings);
      parts.forEach((part, index) => {
        if (index > 0 && sectionSlides.at(-1)!.length > (section.heading ? 1 : 0)) open();
        sectionSlides.at(-1)!.push(...part);
        used += part.reduce((sum, node) => sum + blockHeight(node, width), 0);
      });
    }
    sectionSlides.forEach((content, index) => {
      slides.push({ title: section.title, continued: index > 0, html: toHtml({ type: 'root', children: content }) });
    });
  }
  return slides;
}
