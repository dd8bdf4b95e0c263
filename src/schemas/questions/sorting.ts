import { z } from 'astro/zod';
import { slug } from '../fields';
import { localizedTextSchema } from '../languages';
import { questionBase, reportDuplicateIds } from './base';

/** Situations the pupil sorts into categories (e.g. green, orange, red), with a menu per item. */
export const sortingSchema = z
  .object({
    ...questionBase,
    type: z.literal('sorting'),
    /** The categories, in display order. At least two. */
    categories: z
      .array(z.object({ id: slug('categories[].id'), label: localizedTextSchema }))
      .min(2, { error: 'a sorting question needs at least 2 categories' }),
    /** The items, each with the id of the category it belongs to and why. */
    items: z
      .array(
        z.object({
          id: slug('items[].id'),
          text: localizedTextSchema,
          /** Id of the right category. */
          category: slug('items[].category'),
          /** Why the item belongs there, shown after checking. */
          feedback: localizedTextSchema,
        }),
      )
      .min(2, { error: 'a sorting question needs at least 2 items' }),
  })
  .superRefine((question, ctx) => {
    reportDuplicateIds(ctx, question.id, 'categories', question.categories);
    reportDuplicateIds(ctx, question.id, 'items', question.items);
    const ids = question.categories.map((category) => category.id);
    question.items.forEach((item, index) => {
      if (!ids.includes(item.category)) {
        ctx.addIssue({
          code: 'custom',
          path: ['items', index, 'category'],
          message: `question "${question.id}": item "${item.id}" has category "${item.category}", which is not one of ${ids.join(', ')}`,
        });
      }
    });
    question.categories.forEach((category, index) => {
      if (!question.items.some((item) => item.category === category.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['categories', index],
          message: `question "${question.id}": category "${category.id}" has no item; give it at least one or remove it`,
        });
      }
    });
  });
