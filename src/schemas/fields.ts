import { z } from 'astro/zod';

/** A required, non-empty text field; the messages say how to fill it in. */
export function text(field: string, example: string) {
  return z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `"${field}" is missing: add ${field}: ${example}`
          : `"${field}" must be text, for example ${field}: ${example}`,
    })
    .trim()
    .min(1, { error: `"${field}" is empty: write ${example}` });
}

/** A required, non-empty list of texts. */
export function textList(field: string, example: string) {
  return z
    .array(text(field, example), {
      error: `"${field}" must be a list, one item per line starting with "- ", e.g. "- ${example}"`,
    })
    .min(1, { error: `"${field}" needs at least one item, e.g. "- ${example}"` });
}

/** A date written as YYYY-MM-DD. */
export function isoDate(field: string) {
  return z.coerce.date({
    error: `"${field}" must be a date written as YYYY-MM-DD, e.g. ${field}: 2026-09-01`,
  });
}

/** A whole number of minutes within a range. */
export function minutes(field: string, min: number, max: number) {
  return z
    .number({ error: `"${field}" must be a number of minutes, e.g. ${field}: 50` })
    .int({ error: `"${field}" must be a whole number of minutes` })
    .min(min, { error: `"${field}" must be at least ${min} minutes` })
    .max(max, { error: `"${field}" must be at most ${max} minutes` });
}

/** A kebab-case identifier (`dont-pay`), used in URLs, storage keys and answer keys. */
export function slug(field: string) {
  return z.string({ error: `"${field}" must be an identifier such as "dont-pay"` }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: (issue) =>
      `"${field}" ${JSON.stringify(issue.input)} must use lowercase letters, digits and hyphens only, e.g. "dont-pay"`,
  });
}
