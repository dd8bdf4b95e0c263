import type { Band } from '../../schemas/bands';
import { closestFacts, withoutFacts, type FactIndex } from '../facts';
import type { HelplinesFile } from '../../schemas/helplines';
import type { Lang } from '../../schemas/languages';
import { findContacts, knownContacts } from './contacts';
import { mdxText } from './mdx-text';
import { findLegalWording, type LegalFinding } from './legal-wording';
import { feedbackLengthProblem, feedbackLines } from './feedback-length';
import { findNeverStated } from './never-state';
import { PICTURE_IN_EVERY_SECTION, pictureTagProblems, pictureTags, sectionsWithoutPicture } from './pictures';
import { wordBudgetProblem } from './word-budget';
import { findRejectedPhrases } from './phrases';
import { countText, READING_EASE_FLOOR, readingEase } from './readability';

/** A content file as the linter reads it. */
export interface LintFile {
  /** Path from the project root. */
  file: string;
  kind: 'lesson' | 'notes' | 'quiz';
  /** The file's whole text. */
  raw: string;
  /** Language of a lesson or notes file (a quiz holds every language). */
  lang?: Lang;
  /** Band of a pupil lesson (its reading-level floor and word budget) or of a quiz (its feedback length). */
  band?: Band;
  /** MDX body of a lesson or notes file. */
  body?: string;
  lastReviewed?: Date;
}

/** One finding: errors fail `npm test`, warnings are printed. */
export interface LintIssue {
  file: string;
  line?: number;
  severity: 'error' | 'warning';
  rule:
    | 'reading-level'
    | 'word-budget'
    | 'feedback-length'
    | 'picture'
    | 'contact'
    | 'phrase'
    | 'review-date'
    | 'legal-wording'
    | 'never-state';
  message: string;
}

/** The reading ease of one pupil lesson. */
export interface ReadingScore {
  file: string;
  lang: Lang;
  band: Band;
  score: number;
  floor: number;
  wordsPerSentence: number;
}

const FORMULA: Record<Lang, string> = { en: 'Flesch', fr: 'Kandel–Moles', nl: 'Flesch–Douma' };
const LANG_KEY = /^\s*(fr|nl|en):/;
const bodyStart = (raw: string, body: string) => raw.slice(0, raw.length - body.length).split('\n').length;

/** Front-matter fields that state nothing (names, ids, dates, curriculum references). */
const NOT_STATEMENTS = new Set(['title', 'band', 'duration', 'topics', 'lastReviewed', 'quiz', 'curriculum']);

const WHAT: Record<LegalFinding['kind'], string> = {
  'legal-word': 'states the law',
  'age-and-consent': 'states an age of consent',
  percentage: 'states a figure',
};

/**
 * The lines of a content file that are statements in an author's own words, with their language:
 * headings, names and curriculum references are left out; in quizzes, every `fr:`/`nl:`/`en:` text.
 */
function statementLines(item: LintFile, lines: readonly string[]): Array<{ index: number; text: string; lang: Lang }> {
  const out: Array<{ index: number; text: string; lang: Lang }> = [];
  if (item.kind === 'quiz') {
    lines.forEach((line, index) => {
      const key = LANG_KEY.exec(line);
      if (key) out.push({ index, text: line.slice(key[0].length), lang: key[1] as Lang });
    });
    return out;
  }
  if (!item.lang) return out;
  const frontEnd = item.body === undefined ? 0 : bodyStart(item.raw, item.body) - 1;
  let field = '';
  lines.forEach((line, index) => {
    if (index < frontEnd) {
      const top = /^([A-Za-z]\w*):/.exec(line);
      if (top) field = top[1] ?? '';
      if (index > 0 && line !== '---' && !NOT_STATEMENTS.has(field)) out.push({ index, text: line, lang: item.lang! });
    } else if (!/^\s*#/.test(line)) out.push({ index, text: line, lang: item.lang! });
  });
  return out;
}

/**
 * Lints content files: reading level of pupil lessons, phone numbers and web addresses (only the
 * helplines file's), blaming or frightening phrases in pupil texts (lessons and quizzes; teacher
 * notes may quote them to answer them), legal wording, ages of consent and percentages outside the facts
 * data (every text; the message suggests the closest approved facts), and review dates older than
 * 12 months (a warning). Pupil lessons also keep to their band's word budget, and their pictures
 * are known names of the picture set (`pictures`) with a text alternative; each section of a 6-8
 * lesson shows one, and 6-8 quiz feedback is one short sentence.
 */
export function lintContent(
  files: readonly LintFile[],
  helplines: HelplinesFile,
  facts: FactIndex,
  today: Date,
  pictures: ReadonlySet<string> = new Set(),
): { issues: LintIssue[]; scores: ReadingScore[] } {
  const issues: LintIssue[] = [];
  const scores: ReadingScore[] = [];
  const known = knownContacts(helplines);

  for (const item of files) {
    const lines = item.raw.split('\n');
    // Addresses in a lesson's `sources` are references, not help addresses.
    // Stryker disable next-line StringLiteral: any replacement text without a contact blanks the line the same way.
    const checked = lines.map((line) => (/^\s*url:/.test(line) ? '' : line)).join('\n');
    for (const contact of findContacts(checked)) {
      const ok = contact.kind === 'phone' ? known.phones.has(contact.key) : known.hosts.has(contact.key);
      if (!ok) {
        issues.push({
          file: item.file,
          line: contact.line,
          severity: 'error',
          rule: 'contact',
          message: `${contact.kind === 'phone' ? 'phone number' : 'web address'} "${contact.text}" is not in src/data/helplines.json: remove it (the help card shows the helplines) or add the service to that file`,
        });
      }
    }

    // Pupil texts only: teacher notes quote what pupils may say, to answer it.
    if (item.kind !== 'notes')
      lines.forEach((line, index) => {
        const langs: Lang[] = item.lang
          ? [item.lang]
          : LANG_KEY.test(line)
            ? [LANG_KEY.exec(line)![1] as Lang]
            : ['fr', 'nl', 'en'];
        for (const lang of langs) {
          for (const { phrase } of findRejectedPhrases(line, lang)) {
            issues.push({
              file: item.file,
              line: index + 1,
              severity: 'error',
              rule: 'phrase',
              message: `"${phrase}" blames or frightens (content guide, "Tone"): say it without blame or fear`,
            });
          }
        }
      });

    // Laws, ages of consent and figures are stated only through the facts data.
    for (const { index, text, lang } of statementLines(item, lines)) {
      const own = withoutFacts(text);
      for (const claim of findNeverStated(own, lang)) {
        issues.push({
          file: item.file,
          line: index + 1,
          severity: 'error',
          rule: 'never-state',
          message: `${claim.ref} says never to state this: ${claim.advice}`,
        });
      }
      for (const finding of findLegalWording(own, lang)) {
        const near = closestFacts(own, lang, facts, item.kind === 'notes' ? undefined : item.band);
        issues.push({
          file: item.file,
          line: index + 1,
          severity: 'error',
          rule: 'legal-wording',
          message: `"${finding.text}" ${WHAT[finding.kind]} in the author's own words: use an approved fact instead (<Fact id="…" /> in a lesson or notes, {fact:…} in a quiz or a notes field)${near.length > 0 ? `, e.g. ${near.join(', ')}` : ''}, or say it without ${finding.kind === 'percentage' ? 'the figure' : 'legal wording'}`,
        });
      }
    }

    if (item.kind === 'quiz' && item.band) {
      for (const { index, lang, text } of feedbackLines(item.raw)) {
        const problem = feedbackLengthProblem(text, lang, item.band);
        if (problem)
          issues.push({ file: item.file, line: index + 1, severity: 'error', rule: 'feedback-length', message: problem });
      }
    }

    if (item.lastReviewed) {
      const ageDays = (today.getTime() - item.lastReviewed.getTime()) / 86_400_000;
      if (ageDays > 365) {
        issues.push({
          file: item.file,
          severity: 'warning',
          rule: 'review-date',
          message: `last reviewed ${item.lastReviewed.toISOString().slice(0, 10)}, more than 12 months ago: check it against the content guide and update "lastReviewed"`,
        });
      }
    }

    if (item.kind === 'lesson' && item.lang && item.band && item.body !== undefined) {
      const counts = countText(mdxText(item.body), item.lang);
      const score = readingEase(counts, item.lang);
      const floor = READING_EASE_FLOOR[item.band][item.lang];
      const wordsPerSentence = Math.round((counts.words / Math.max(1, counts.sentences)) * 10) / 10;
      scores.push({ file: item.file, lang: item.lang, band: item.band, score, floor, wordsPerSentence });
      const over = wordBudgetProblem(counts.words, item.band);
      if (over)
        issues.push({
          file: item.file,
          line: bodyStart(item.raw, item.body),
          severity: 'error',
          rule: 'word-budget',
          message: over,
        });
      const start = bodyStart(item.raw, item.body) - 1;
      const card = /^picture:\s*"?([^"\s]+)"?\s*$/m.exec(item.raw.slice(0, item.raw.length - item.body.length));
      if (card) {
        const line = item.raw.slice(0, card.index).split('\n').length;
        for (const message of pictureTagProblems({ line, name: card[1], alt: '' }, pictures))
          issues.push({
            file: item.file,
            line,
            severity: 'error',
            rule: 'picture',
            message: `"picture" in the front matter: ${message}`,
          });
      }
      for (const tag of pictureTags(item.body))
        for (const message of pictureTagProblems(tag, pictures))
          issues.push({ file: item.file, line: start + tag.line, severity: 'error', rule: 'picture', message });
      if (PICTURE_IN_EVERY_SECTION.has(item.band))
        for (const section of sectionsWithoutPicture(item.body))
          issues.push({
            file: item.file,
            line: start + section.line,
            severity: 'error',
            rule: 'picture',
            message: `section "${section.heading}" has no picture: every section of a ${item.band} lesson shows one (<Picture name="…" alt="…" />)`,
          });
      if (score < floor) {
        issues.push({
          file: item.file,
          line: bodyStart(item.raw, item.body),
          severity: 'error',
          rule: 'reading-level',
          message: `reading ease ${score} (${FORMULA[item.lang]}) is below ${floor}, the floor for ages ${item.band}: use shorter sentences (now ${wordsPerSentence} words on average) and shorter, everyday words`,
        });
      }
    }
  }
  return { issues, scores };
}

/** One line per issue: `file:line: severity: message`. */
export const formatIssue = (issue: LintIssue): string =>
  `${issue.file}${issue.line ? `:${issue.line}` : ''}: ${issue.severity}: ${issue.message}`;
