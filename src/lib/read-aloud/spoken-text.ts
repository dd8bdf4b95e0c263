/**
 * A section's text as it is spoken, with, for each character, where it comes from on the page,
 * so that a boundary event's character index can be turned into a range of the page's text.
 * Generic over the text node type, so that it can be tested without a DOM.
 */

/** Text from a text node (`offset`: where `text` starts in it), words without a node (a picture's text alternative), or the end of a block. */
export type Piece<N> =
  { text: string; node: N; offset?: number } | { text: string; node: null; offset?: undefined } | { blockEnd: true };

/** Where a spoken character comes from: a character of a text node. */
export interface Origin<N> {
  node: N;
  offset: number;
}

/** The spoken text and the origin of each of its characters (null for added spaces and full stops). */
export interface SpokenText<N> {
  text: string;
  origins: Array<Origin<N> | null>;
}

/** A range of the page's text, between two text node positions (the end exclusive). */
export interface TextRange<N> {
  start: Origin<N>;
  end: Origin<N>;
}

const ENDS_SENTENCE = /[.!?…:;"»”)]$/;

/**
 * Joins pieces into one spoken text: runs of white space become one space (as the page shows
 * them), and each block (heading, paragraph, list item) ends with a full stop unless it ends with
 * punctuation already, so that the voice pauses between them.
 */
export function joinPieces<N>(pieces: Iterable<Piece<N>>): SpokenText<N> {
  let text = '';
  const origins: Array<Origin<N> | null> = [];
  // Stryker disable next-line BooleanLiteral: a space is only added after some text, and the first character pushed resets it.
  let pendingSpace = false;
  const push = (char: string, origin: Origin<N> | null) => {
    if (pendingSpace && text !== '') {
      text += ' ';
      origins.push(null);
    }
    pendingSpace = false;
    text += char;
    origins.push(origin);
  };
  for (const piece of pieces) {
    if ('blockEnd' in piece) {
      pendingSpace = false;
      if (text !== '' && !ENDS_SENTENCE.test(text)) push('.', null);
      pendingSpace = true;
      continue;
    }
    const base = piece.offset ?? 0;
    if (piece.node === null) pendingSpace = true;
    for (let i = 0; i < piece.text.length; i += 1) {
      const char = piece.text[i]!;
      if (/\s/.test(char)) pendingSpace = true;
      else push(char, piece.node === null ? null : { node: piece.node, offset: base + i });
    }
    if (piece.node === null) pendingSpace = true;
  }
  return { text, origins };
}

/** The end of the word that starts at `start` (for browsers whose boundary events give no length). */
export function wordEnd(text: string, start: number): number {
  // No ^ needed: the lazy match can always grow to the next space or the end, so it always matches at 0.
  const match = /[^\s]*?(?=[.,!?…:;"»”)]*(\s|$))/.exec(text.slice(start));
  return start + (match?.[0].length ?? 0);
}

/** The page range of the spoken characters `start` to `end` (exclusive); undefined when none comes from the page. */
export function rangeOf<N>({ origins }: SpokenText<N>, start: number, end: number): TextRange<N> | undefined {
  const inside = origins.slice(Math.max(0, start), Math.max(start, end));
  const first = inside.find((origin) => origin !== null);
  const last = inside.findLast((origin) => origin !== null);
  if (!first || !last) return undefined;
  return { start: first, end: { node: last.node, offset: last.offset + 1 } };
}
