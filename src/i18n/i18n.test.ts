import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../schemas/languages';
import { dictionaries, useTranslations } from './index';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI strings', () => {
  const reference = dictionaries.en;

  it.each(LANGUAGES)('%s has every key, and no extra one', (lang) => {
    const keys = Object.keys(dictionaries[lang]);
    expect(keys.filter((key) => !(key in reference))).toEqual([]);
    expect(Object.keys(reference).filter((key) => !(key in dictionaries[lang]))).toEqual([]);
  });

  it.each(LANGUAGES)('%s.json writes each key once (a second one would silently win)', (lang) => {
    const text = readFileSync(new URL(`./${lang}.json`, import.meta.url), 'utf8');
    const keys = [...text.matchAll(/^\s*"([^"]+)":/gm)].map((match) => match[1]);
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
  });

  it.each(LANGUAGES)('%s has no empty string and the same placeholders as English', (lang) => {
    for (const [key, text] of Object.entries(dictionaries[lang])) {
      expect(text.trim(), `${lang}.json "${key}" is empty`).not.toBe('');
      expect(placeholders(text), `${lang}.json "${key}" placeholders`).toEqual(
        placeholders(reference[key as keyof typeof reference] ?? ''),
      );
    }
  });

  it('fills placeholders and throws on an unknown key', () => {
    const t = useTranslations('en');
    expect(t('quiz.score', { score: 3, total: 4 })).toBe('You got 3 out of 4 right.');
    expect(() => t('nope' as never)).toThrow('src/i18n/en.json has no key "nope": add it');
  });
});
