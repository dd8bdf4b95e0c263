import { z } from 'astro/zod';
import { slug } from '../fields';
import { localizedTextSchema } from '../languages';
import { questionBase } from './base';

/**
 * A private question: free text, or "how do you feel" when `feelings` are given. Never scored;
 * the answer stays on the pupil's device and is labelled as private.
 */
export const reflectionSchema = z.object({
  ...questionBase,
  type: z.literal('reflection'),
  /** Choices of feelings (emoji allowed, e.g. "🙂 OK"); without them the pupil writes freely. */
  feelings: z
    .array(z.object({ id: slug('feelings[].id'), text: localizedTextSchema }))
    .min(2, { error: '"feelings" needs at least 2 choices, or remove it for free text' })
    .optional(),
});
