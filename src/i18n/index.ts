import type { Lang } from '../schemas/languages';
import en from './en.json';
import { fill } from './fill';
import fr from './fr.json';
import nl from './nl.json';

/** Every UI string key; the English dictionary is the reference list. */
export type UiKey = keyof typeof en;

/** Dictionaries by language; `i18n.test.ts` proves they all have the same keys and placeholders. */
export const dictionaries: Record<Lang, Record<string, string>> = { fr, nl, en };

/** Looks up UI strings of one language and fills `{placeholders}`. */
export type Translate = (key: UiKey, values?: Record<string, string | number>) => string;

/** Returns the translate function of a language. A missing key throws, naming the key and the file. */
export function useTranslations(lang: Lang): Translate {
  const dictionary = dictionaries[lang];
  return (key, values) => {
    const template = dictionary[key];
    if (template === undefined) throw new Error(`src/i18n/${lang}.json has no key "${key}": add it`);
    return fill(template, values);
  };
}

/** Keys that share a prefix, e.g. every `quiz.` key. */
export type KeysWithPrefix<P extends string> = Extract<UiKey, `${P}${string}`>;

/** The keys of an area without its prefix: `quiz.check` → `check`. */
export type AreaKeys<P extends string> = KeysWithPrefix<P> extends `${P}${infer K}` ? K : never;

/**
 * The strings of one area (e.g. `quiz.`) as a plain object keyed without the prefix, to hand to
 * an island: islands take only serialisable props and ship only the strings they use.
 */
export function stringsWithPrefix<P extends string>(lang: Lang, prefix: P): Record<AreaKeys<P>, string> {
  const entries = Object.entries(dictionaries[lang]).filter(([key]) => key.startsWith(prefix));
  return Object.fromEntries(entries.map(([key, text]) => [key.slice(prefix.length), text])) as Record<AreaKeys<P>, string>;
}
