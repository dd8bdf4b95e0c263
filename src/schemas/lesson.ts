import { z } from 'astro/zod';
import { bandSchema } from './bands';
import { isoDate, minutes, slug, text, textList } from './fields';
import { topicSchema } from './topics';

/** A source a lesson relies on; every fact in a lesson comes from the checked table of the content guide. */
export const sourceSchema = z.object({
  /** Title of the document or page. */
  title: text('sources[].title', '"Open letter on the lockdown"'),
  /** Who published it (organisation or authority). */
  publisher: text('sources[].publisher', 'Child Focus'),
  /** Year of publication. */
  year: z.number({ error: '"sources[].year" must be a year, e.g. year: 2020' }).int().min(1990).max(2100),
  /** Address of the document, if it is online. */
  url: z.url({ error: '"sources[].url" must be a full address starting with https://' }).optional(),
});

/**
 * Front matter of a pupil lesson: `lessons/<lang>/<id>.mdx`.
 * The lesson id is the file name; it is the same in every language.
 */
export const lessonSchema = z.object({
  /** Title shown to pupils. */
  title: text('title', '"My body belongs to me"'),
  /** Age band the lesson is written for. */
  band: bandSchema,
  /** Length of the lesson in class, in minutes (content guide: 30–50). */
  duration: minutes('duration', 20, 120),
  /** One or two sentences that say what the lesson is about (shown in lists). */
  summary: text('summary', '"What to do if someone threatens to share a picture."'),
  /** "What you will learn": what the pupil will know or be able to do, in the pupil's words. */
  objectives: textList('objectives', 'what to do if…'),
  /** Topics, used to file and filter lessons. */
  topics: z
    .array(topicSchema, { error: '"topics" must be a list of topic ids, e.g. "- sextortion"' })
    .min(1, { error: '"topics" needs at least one topic id, e.g. "- sextortion"' }),
  /** Sources of every fact the lesson states. */
  sources: z
    .array(sourceSchema, { error: '"sources" must be a list of { title, publisher, year, url }' })
    .min(1, { error: '"sources" needs at least one source from the content guide\'s checked facts' }),
  /** When the lesson was last checked against the content guide (YYYY-MM-DD). */
  lastReviewed: isoDate('lastReviewed'),
  /** Id of the lesson's quiz: the file name of `quizzes/<id>.yaml`, without extension. */
  quiz: slug('quiz').optional(),
});

/** Validated front matter of a pupil lesson. */
export type LessonData = z.infer<typeof lessonSchema>;
