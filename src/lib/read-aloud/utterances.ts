/** A stretch of a text, as offsets: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Words ending in a full stop that do not end a sentence, per language (lower case). A full stop
 * followed by a lower-case letter never ends one either, whatever the word.
 */
const ABBREVIATIONS: Record<string, readonly string[]> = {
  fr: ['p.', 'ex.', 'cf.', 'etc.', 'm.', 'mme.', 'dr.', 'art.', 'env.', 'c.-à-d.', 'n°.', 'st.', 'ste.'],
  nl: ['bv.', 'bijv.', 'o.a.', 'd.w.z.', 'enz.', 'art.', 'dhr.', 'mevr.', 'ca.', 'i.p.v.', 'm.a.w.', 'nr.', 'o.m.'],
  en: ['e.g.', 'i.e.', 'etc.', 'mr.', 'mrs.', 'ms.', 'dr.', 'vs.', 'approx.', 'art.', 'no.', 'st.'],
};

/** A sentence end: . ! ? or …, closing quotes or brackets, then a space (in a run of marks, the last one matches). */
const SENTENCE_END = /[.!?…]["'»”’)\]]*(?=\s)/g;

/** Is the full stop at `end` (exclusive) part of an abbreviation of `lang`, or followed by a lower-case word? */
function isAbbreviation(text: string, end: number, lang: string): boolean {
  // Stryker disable next-line StringLiteral: the text before a full stop always ends in a word, so there is always a match.
  const word = /\S+$/.exec(text.slice(0, end))?.[0].toLowerCase() ?? '';
  // Stryker disable next-line ArrayDeclaration: a word (no spaces) never equals the mutant's one entry, so any list of sentences is the same.
  const list = ABBREVIATIONS[lang.slice(0, 2).toLowerCase()] ?? [];
  if (list.includes(word)) return true;
  const next = /\S/.exec(text.slice(end));
  return next !== null && /\p{Ll}/u.test(next[0]);
}

/** The sentences of a text, as spans without the spaces around them. */
export function sentences(text: string, lang: string): Span[] {
  const ends = [...text.matchAll(SENTENCE_END)]
    .map((match) => match.index + match[0].length)
    .filter((end) => !(text[end - 1] === '.' && isAbbreviation(text, end, lang)));
  const spans: Span[] = [];
  let start = 0;
  for (const end of [...ends, text.length]) {
    const span = trimSpan(text, { start, end });
    if (span.end > span.start) spans.push(span);
    start = end;
  }
  return spans;
}

/** The span without the white space at its ends (trim() and \s know the same white space). */
function trimSpan(text: string, { start, end }: Span): Span {
  const inner = text.slice(start, end);
  const first = start + inner.length - inner.trimStart().length;
  return { start: first, end: first + inner.trim().length };
}

/** Cuts a sentence longer than `max` at its last comma, semicolon, colon or dash before `max`, else its last space. */
function cutLong(text: string, span: Span, max: number): Span[] {
  const pieces: Span[] = [];
  let { start } = span;
  while (span.end - start > max) {
    const window = text.slice(start, start + max);
    const pause = Math.max(
      window.lastIndexOf(', '),
      window.lastIndexOf('; '),
      window.lastIndexOf(': '),
      window.lastIndexOf(' – '),
    );
    const cut = pause > 0 ? pause + 1 : window.lastIndexOf(' ');
    // Stryker disable next-line EqualityOperator: `start` is trimmed, so the window never opens with a space and the cut is never 0.
    const end = cut > 0 ? start + cut : start + max;
    pieces.push(trimSpan(text, { start, end }));
    start = trimSpan(text, { start: end, end: span.end }).start;
  }
  pieces.push({ start, end: span.end });
  return pieces;
}

/**
 * Splits a text into utterances of at most `max` characters (browsers cut long utterances short),
 * ending at sentence ends where they can: whole sentences are packed together up to `max`; a
 * longer sentence is cut at a pause (comma…), else between words. Abbreviations such as
 * "p. ex.", "bv." and "e.g." do not end a sentence.
 */
export function splitUtterances(text: string, lang: string, max = 200): Span[] {
  const utterances: Span[] = [];
  for (const sentence of sentences(text, lang).flatMap((span) => cutLong(text, span, max))) {
    const last = utterances.at(-1);
    if (last && sentence.end - last.start <= max) last.end = sentence.end;
    else utterances.push({ ...sentence });
  }
  return utterances;
}
