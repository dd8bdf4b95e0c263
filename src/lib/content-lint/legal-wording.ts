import type { Lang } from '../../schemas/languages';

/**
 * Words that state the law, per language (issue: "legal statements become data"). Outside
 * `<Fact id="…" />` and `{fact:…}`, a line with one of them states the law in an author's own
 * words, which only the facts data may do. Matched as whole words, without regard to case.
 * Words with an everyday meaning ("judge" in "don't judge", "fine") are left out on purpose.
 */
export const LEGAL_WORDS: Record<Lang, string[]> = {
  en: [
    'law',
    'laws',
    'lawful',
    'unlawful',
    'illegal',
    'illegally',
    'legally',
    'criminal code',
    'crime',
    'crimes',
    'criminal offence',
    'offence',
    'offences',
    'offense',
    'punishable',
    'punished',
    'prosecuted',
    'prosecutor',
    'prison',
    'jail',
    'sexual majority',
    'age of consent',
  ],
  fr: [
    'loi',
    'lois',
    'légal',
    'légale',
    'légalement',
    'illégal',
    'illégale',
    'illégaux',
    'code pénal',
    'infraction',
    'infractions',
    'délit',
    'délits',
    'crime',
    'crimes',
    'puni',
    'punie',
    'punis',
    'punies',
    'punissable',
    'punissables',
    'prison',
    'procureur',
    'majorité sexuelle',
  ],
  nl: [
    'wet',
    'wetten',
    'wettelijk',
    'wettelijke',
    'wetgeving',
    'illegaal',
    'strafbaar',
    'strafbare',
    'strafwetboek',
    'misdrijf',
    'misdrijven',
    'misdaad',
    'gestraft',
    'gevangenis',
    'parket',
    'seksuele meerderjarigheid',
  ],
};

/** Words of consent, per language: an age in the same sentence part states the law on sexual consent. */
const CONSENT: Record<Lang, RegExp> = {
  en: /\b(consent\w*|agree\w* to sex)\b/iu,
  fr: /(?<!\p{L})(consent\p{L}*|relations? sexuelles?)(?!\p{L})/iu,
  nl: /(?<!\p{L})(toestem\p{L}*|instem\p{L}*|seks)(?!\p{L})/iu,
};

const AGE = /(?<![\d,.])(1[0-8]|[6-9])(?![\d,.%])/u;
const PERCENT = /\d+(?:[.,]\d+)?\s?%|\b(per ?cent|pour ?cent|procent)\b/iu;

// Stryker disable next-line StringLiteral: no entry of LEGAL_WORDS holds a regular-expression character, so escaping keeps every word as it is.
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const patterns = Object.fromEntries(
  Object.entries(LEGAL_WORDS).map(([lang, list]) => [
    lang,
    list.map((word) => ({ word, pattern: new RegExp(`(?<!\\p{L})${escape(word)}(?!\\p{L})`, 'iu') })),
  ]),
) as Record<Lang, Array<{ word: string; pattern: RegExp }>>;

/** What a line states that only the facts data may state: a legal word, an age next to consent, or a percentage. */
export interface LegalFinding {
  kind: 'legal-word' | 'age-and-consent' | 'percentage';
  /** The words found, as written. */
  text: string;
}

/** The legal or numeric statements of one line of an author's own words (fact tags already removed). */
export function findLegalWording(line: string, lang: Lang): LegalFinding[] {
  const found: LegalFinding[] = [];
  const words = patterns[lang]
    .map(({ pattern }) => pattern.exec(line))
    .filter((match) => match !== null)
    .map((match) => ({ text: match[0], start: match.index, end: match.index + match[0].length }));
  // "criminal offence" once, not also "offence": a word inside a longer match is the same finding.
  for (const word of words) {
    // A word is never inside itself: it is not longer than itself.
    const inside = words.some((other) => {
      if (other.text.length <= word.text.length) return false;
      // Stryker disable next-line EqualityOperator: no phrase of LEGAL_WORDS begins with another listed word, so a longer match never starts where a shorter one does.
      return other.start <= word.start && other.end >= word.end;
    });
    if (!inside) found.push({ kind: 'legal-word', text: word.text });
  }
  for (const clause of line.split(/[.;:!?]/)) {
    const consent = CONSENT[lang].exec(clause);
    const age = AGE.exec(clause);
    if (consent && age) found.push({ kind: 'age-and-consent', text: `${age[0]} … ${consent[0]}` });
  }
  const percent = PERCENT.exec(line);
  if (percent) found.push({ kind: 'percentage', text: percent[0] });
  return found;
}
