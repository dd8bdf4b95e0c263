import { z } from 'astro/zod';

/** The four age bands, youngest first (content guide: "Who reads what"). */
export const BANDS = ['6-8', '9-11', '12-14', '15-18'] as const;

/** An age band id, also its URL segment (`/fr/9-11/`). */
export type Band = (typeof BANDS)[number];

/** Schema of an age band; the message lists the allowed bands. */
export const bandSchema = z.enum(BANDS, {
  error: (issue) =>
    `unknown age band ${JSON.stringify(issue.input)}: use one of ${BANDS.map((b) => `"${b}"`).join(', ')} (in quotes)`,
});
