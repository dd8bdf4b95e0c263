import type { Lang } from '../../schemas/languages';

/** A claim FACTS.md says must never be stated, with what to say instead. */
export interface NeverStated {
  /** Where FACTS.md lists it. */
  ref: string;
  /** What must not be said, and what to say instead. */
  advice: string;
  /** How it is written in each language. */
  patterns: Record<Lang, RegExp>;
}

/**
 * Claims FACTS.md (§3 and §5) and the content guide forbid, as authors tend to write them. The
 * legal-wording rule catches most statements of the law; these are the wrong claims that need no
 * legal word. Keep each pattern narrow: a false alarm teaches authors to ignore the linter.
 */
export const NEVER_STATED: NeverStated[] = [
  {
    ref: 'FACTS.md §3 item 9',
    advice:
      'the age of a first smartphone is known for Flanders and for French-speaking Belgium, not "in Belgium": use the facts first-smartphone-flanders or first-smartphone-french-speaking',
    patterns: {
      en: /first (own )?(smart)?phone[^.]{0,50}\b(9|nine)\b[^.]{0,20}\bBelgium|in Belgium[^.]{0,40}first (own )?(smart)?phone[^.]{0,30}\b(9|nine)\b/iu,
      fr: /premier (smartphone|GSM|téléphone)[^.]{0,50}\b9 ans\b[^.]{0,20}\bBelgique|en Belgique[^.]{0,40}premier (smartphone|GSM|téléphone)[^.]{0,30}\b9 ans\b/iu,
      nl: /eerste (eigen )?(smartphone|gsm)[^.]{0,50}\b9 jaar\b[^.]{0,20}\bBelgië|in België[^.]{0,40}eerste (eigen )?(smartphone|gsm)[^.]{0,30}\b9 jaar\b/iu,
    },
  },
  {
    ref: 'FACTS.md §1 "Grooming victims"',
    advice:
      'do not say boys are targeted "as much as" girls: about 80% of grooming files concern girls under 16 (teacher fact grooming-victims-2022); say that boys are targeted too',
    patterns: {
      en: /boys[^.]{0,40}\bas (much|often) as girls|girls[^.]{0,40}\bas (much|often) as boys/iu,
      fr: /garçons[^.]{0,40}\b(autant|aussi souvent) que les filles|filles[^.]{0,40}\b(autant|aussi souvent) que les garçons/iu,
      nl: /jongens[^.]{0,40}\b(evenveel|even vaak|net zo vaak)\b[^.]{0,30}\bals meisjes|meisjes[^.]{0,40}\b(evenveel|even vaak|net zo vaak)\b[^.]{0,30}\bals jongens/iu,
    },
  },
  {
    ref: 'CONTENT-GUIDE.md, "Facts and helplines"',
    advice:
      'never promise that an image can be removed everywhere or is gone for good: say what a service can do (facts take-it-down, stopncii) and that asking for help is right',
    patterns: {
      en: /(remov|delet|erase|take[ns]? down)\w*[^.]{0,40}\beverywhere\b|\bgone (for good|forever)\b/iu,
      fr: /(retir|supprim|effac)\w*[^.]{0,40}\bpartout\b|disparaît (pour toujours|définitivement)/iu,
      nl: /(verwijder|wis)\w*[^.]{0,40}\boveral\b|voor altijd (weg|verdwenen)/iu,
    },
  },
  {
    ref: 'FACTS.md §3 item 4',
    advice:
      'do not promise a pupil they will not get into trouble: say "you are the victim; asking for help is the right thing to do"',
    patterns: {
      en: /\b(won't|will not|don't|doesn't|do not|does not|never) gets? (you )?into trouble\b|\bnot (be )?in trouble\b/iu,
      fr: /\b(pas|jamais) d'ennuis\b|\bne (seras|vas) pas (être )?(grondée?|punie?)/iu,
      nl: /\bgeen (problemen|straf) (krijgen|krijgt|hebben)\b|\bkrijg(t|en)? (je )?geen straf\b/iu,
    },
  },
];

/** The forbidden claims a line makes, in its language. */
export function findNeverStated(line: string, lang: Lang): NeverStated[] {
  return NEVER_STATED.filter((claim) => claim.patterns[lang].test(line));
}
