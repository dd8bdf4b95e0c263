import { z } from 'astro/zod';
import { slug } from './fields';
import { localizedTextSchema } from './languages';

/** A list of ids of other data (facts, services, lessons); the messages say where to find them. */
const ids = (field: string, where: string, example: string) =>
  z
    .array(slug(field), { error: `"${field}" must be a list of ids from ${where}, e.g. ["${example}"]` })
    .min(1, { error: `"${field}" needs at least one id from ${where}, e.g. ["${example}"]` });

/**
 * One situation of "Something happened? Start here": what a pupil may be going through, in their
 * own words, then the first steps (the steps the lessons already teach), the services, the facts
 * and the lessons that explain more. Texts may use `{centre}` for the region's school support
 * service (PMS centre, CLB, Kaleido).
 */
export const situationSchema = z
  .object({
    /** Identifier, also the page anchor (`#threatened-with-a-picture`). */
    id: slug('id'),
    /** Name of a picture of the set (src/data/pictures.ts), drawn beside the title. */
    picture: slug('picture'),
    /** The situation as a pupil would say it: "Someone asks me for a picture". */
    title: localizedTextSchema,
    /** One or two calm sentences said first (never the pupil's fault). */
    calm: localizedTextSchema,
    /** The first steps, in order: short sentences, one action each. */
    steps: z
      .array(localizedTextSchema, { error: '"steps" must be a list of steps, each { fr: "…", nl: "…", en: "…" }' })
      .min(2, { error: '"steps" needs at least two steps: the first thing to do, then who to tell' })
      .max(7, { error: '"steps" has more than 7 steps: keep the first steps only and link the lesson for more' }),
    /** Optional sentence after the steps ("Already paid? It is not too late…"). */
    note: localizedTextSchema.optional(),
    /** Ids of approved facts for pupils (src/data/facts/), shown as they are. */
    facts: ids('facts', 'src/data/facts/', 'sextortion-what-to-do'),
    /** Ids of services (src/data/helplines.json), shown in the region's order where the region has them. */
    services: ids('services', 'src/data/helplines.json', 'child-focus'),
    /** Ids of the lessons that explain more (lessons/{lang}/{id}.mdx). */
    lessons: ids('lessons', 'lessons/', 'sextortion-what-to-do'),
  })
  .strict();

/** The situations file: `src/data/situations.json`. */
export const situationsFileSchema = z
  .object({
    $comment: z.string().optional(),
    situations: z.array(situationSchema).min(1, { error: '"situations" needs at least one situation' }),
  })
  .strict();

/** One situation, validated. */
export type Situation = z.infer<typeof situationSchema>;
