import { z } from 'astro/zod';

/** Every language Balise has content and UI strings for. The first is the default. */
export const LANGUAGES = ['fr', 'nl', 'en'] as const;

/** A language code of a complete language (`fr`, `nl` or `en`). */
export type Lang = (typeof LANGUAGES)[number];

/** The language used when nothing else is known (French). */
export const DEFAULT_LANG: Lang = 'fr';

/** Schema of a language code; the message lists the allowed codes. */
export const langSchema = z.enum(LANGUAGES, {
  error: () => `must be one of ${LANGUAGES.map((l) => `"${l}"`).join(', ')}`,
});

/**
 * A text given in every language, e.g. `{ fr: "…", nl: "…", en: "…" }`.
 * Quizzes use it so that one file holds the answer key once and the text in every language.
 */
export const localizedTextSchema = z.object(
  Object.fromEntries(
    LANGUAGES.map((lang) => [
      lang,
      z
        .string({
          error: (issue) =>
            issue.input === undefined
              ? `the "${lang}" text is missing: add "${lang}: …" with the translation`
              : `the "${lang}" text must be text`,
        })
        .trim()
        .min(1, { error: `the "${lang}" text is empty: write the translation` }),
    ]),
  ) as Record<Lang, z.ZodString>,
  { error: `must give the text in every language: { ${LANGUAGES.map((l) => `${l}: "…"`).join(', ')} }` },
);

/** A text in every language. */
export type LocalizedText = Record<Lang, string>;
