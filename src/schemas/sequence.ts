import { z } from 'astro/zod';
import { BANDS } from './bands';
import { localizedTextSchema } from './languages';

/** The suggested order of one age band's lessons, with the reason for it. */
export const bandSequenceSchema = z.object({
  /** Lesson ids in the order to teach them; every lesson of the band exactly once. */
  lessons: z.array(z.string().regex(/^[a-z0-9-]+$/, { error: 'must be a lesson id such as "my-helpers"' })).min(1),
  /** One sentence saying why this order, in every language. */
  why: localizedTextSchema,
});

/** `src/data/sequence.json`: a suggested order for every age band. */
export const sequenceSchema = z.object(
  Object.fromEntries(BANDS.map((band) => [band, bandSequenceSchema])) as {
    [B in (typeof BANDS)[number]]: typeof bandSequenceSchema;
  },
);

/** The validated suggested order of every band. */
export type Sequence = z.infer<typeof sequenceSchema>;
