import type { Band } from '../../schemas/bands';
import type { Lang } from '../../schemas/languages';
import { countText } from './readability';

/** Most words of a feedback text, per band: for 6-8 it is one short sentence ("Tell me more" shows the explanation). */
export const FEEDBACK_WORDS: Partial<Record<Band, number>> = { '6-8': 14 };

/** A feedback text of a quiz file: its 0-based line, language and words. */
export interface FeedbackLine {
  index: number;
  lang: Lang;
  text: string;
}

// Stryker disable next-line Regex: lines are already split at their ends, so `.*` runs to the end of the line without `$` too (only a U+2028 inside a value, which YAML keeps in the line, would differ).
const KEY = /^(\s*)(?:-\s+)?([A-Za-z]\w*):\s*(.*)$/;
const FEEDBACK_KEYS = new Set(['feedback', 'right', 'wrong']);

/**
 * The feedback texts of a quiz file (`feedback.right`, `feedback.wrong`, an option's `feedback`),
 * read line by line so that a finding keeps its line: a `fr:`/`nl:`/`en:` line belongs to the
 * nearest key above it that is less indented.
 */
export function feedbackLines(raw: string): FeedbackLine[] {
  const out: FeedbackLine[] = [];
  const parents: Array<{ indent: number; key: string }> = [];
  raw.split(/\r?\n/).forEach((line, index) => {
    const match = KEY.exec(line);
    if (!match) return;
    const indent = match[1]!.length + (line.trimStart().startsWith('- ') ? 2 : 0);
    const key = match[2]!;
    while (parents.length > 0 && parents[parents.length - 1]!.indent >= indent) parents.pop();
    const parent = parents[parents.length - 1]?.key;
    if ((key === 'fr' || key === 'nl' || key === 'en') && parent && FEEDBACK_KEYS.has(parent)) {
      out.push({ index, lang: key, text: match[3]!.replace(/^["']|["']$/g, '') });
    }
    parents.push({ indent, key });
  });
  return out;
}

/** The message for a feedback text too long for its band, or undefined. */
export function feedbackLengthProblem(text: string, lang: Lang, band: Band): string | undefined {
  const most = FEEDBACK_WORDS[band];
  if (most === undefined) return undefined;
  const words = countText(text, lang).words;
  if (words <= most) return undefined;
  return `feedback of ${words} words: for ages ${band} it is one short sentence of at most ${most} words; move the rest to "explanation" (shown by "Tell me more")`;
}
