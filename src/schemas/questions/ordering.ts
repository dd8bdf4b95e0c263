import { z } from 'astro/zod';
import { slug } from '../fields';
import { localizedTextSchema } from '../languages';
import { questionBase, reportDuplicateIds, rightWrongFeedback } from './base';

/** Steps the pupil puts in order (moved with buttons; the list starts shuffled). */
export const orderingSchema = z
  .object({
    ...questionBase,
    type: z.literal('ordering'),
    /** The steps, written in the RIGHT order; pupils see them shuffled. At least three. */
    items: z
      .array(z.object({ id: slug('items[].id'), text: localizedTextSchema }))
      .min(3, { error: 'an ordering question needs at least 3 items, written in the right order' }),
    /** Feedback for a right and a wrong order. */
    feedback: rightWrongFeedback,
  })
  .superRefine((question, ctx) => reportDuplicateIds(ctx, question.id, 'items', question.items));
