/**
 * Which parts of a lesson page a Listen control reads, and their text as pieces (see
 * spoken-text.ts). A control says what it reads with `data-listen`:
 * - "heading": the heading just before it and what follows, up to the next heading of that level;
 * - "box": the box (`<section>`) it is in: "What you will learn", a story, "Remember";
 * - "lesson": the title, then every other control's part of the page, in order, each once.
 */
import type { Piece } from './spoken-text';

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const SKIPPED = new Set(['BUTTON', 'SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
const BLOCKS = new Set(
  'P LI UL OL H1 H2 H3 H4 H5 H6 DIV SECTION ASIDE BLOCKQUOTE FIGURE FIGCAPTION DL DT DD TABLE TR TD TH'.split(' '),
);
const headingLevel = (element: Element) => (/^H([1-6])$/.exec(element.tagName) ? Number(element.tagName[1]) : 0);

/** The heading before a "heading" control and its following siblings, up to the next heading of the same level or higher. */
function headingSection(control: Element): Element[] {
  const heading = control.previousElementSibling;
  const level = heading ? headingLevel(heading) : 0;
  if (!heading || level === 0) throw new Error('read-aloud: a data-listen="heading" control must follow its heading');
  const stops = Array.from({ length: level }, (_, i) => `h${i + 1}`).join(',');
  const elements = [heading];
  for (let next = heading.nextElementSibling; next; next = next.nextElementSibling) {
    const level2 = headingLevel(next);
    if ((level2 > 0 && level2 <= level) || next.querySelector(stops)) break;
    elements.push(next);
  }
  return elements;
}

/** The parts of the page one control reads (a "lesson" control: its first part, the title). */
export function sectionOf(control: Element): Element[] {
  const kind = control.getAttribute('data-listen');
  if (kind === 'heading') return headingSection(control);
  if (kind === 'box') {
    const box = control.closest('section');
    if (!box) throw new Error('read-aloud: a data-listen="box" control must be inside its <section>');
    return [box];
  }
  return lessonSections(control)[0] ?? [];
}

/** The parts a "lesson" control reads, one list per section: the article's title, then each control's part, skipping parts inside an earlier one. */
export function lessonSections(control: Element): Element[][] {
  const article = control.closest('article') ?? control.ownerDocument.body;
  const title = article.querySelector('h1');
  const sections: Element[][] = title ? [[title]] : [];
  const covered: Element[] = [];
  for (const other of article.querySelectorAll('[data-listen]')) {
    if (other.getAttribute('data-listen') === 'lesson') continue;
    if (covered.some((element) => element.contains(other))) continue;
    const section = sectionOf(other);
    sections.push(section);
    covered.push(...section);
  }
  return sections;
}

function* piecesOf(node: Node): Generator<Piece<Text>> {
  if (node.nodeType === TEXT_NODE) {
    yield { text: (node as Text).data, node: node as Text };
    return;
  }
  if (node.nodeType !== ELEMENT_NODE) return;
  const element = node as Element;
  if (SKIPPED.has(element.tagName) || element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return;
  const label =
    element.getAttribute('role') === 'img'
      ? element.getAttribute('aria-label')
      : element.tagName === 'IMG'
        ? element.getAttribute('alt')
        : null;
  if (label !== null || element.tagName === 'IMG' || element.tagName === 'svg') {
    if (label?.trim()) yield { text: label, node: null };
    return;
  }
  const block = BLOCKS.has(element.tagName);
  if (block) yield { blockEnd: true };
  for (const child of element.childNodes) yield* piecesOf(child);
  if (block || element.tagName === 'BR') yield { blockEnd: true };
}

/** The text of parts of the page, as read aloud: text alternatives of pictures, not decorative pictures, hidden parts or buttons. */
export function* textPieces(elements: Iterable<Element>): Generator<Piece<Text>> {
  for (const element of elements) {
    yield* piecesOf(element);
    yield { blockEnd: true };
  }
}
