import { z } from 'astro/zod';
import { bandSchema } from './bands';
import { isoDate, minutes, slug, text, textList } from './fields';
import { topicSchema } from './topics';

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
  /** Refused: the sources are built from the facts the lesson uses (`<Fact id="…" />`). */
  sources: z
    .never({
      error:
        '"sources" is no longer written by hand: the page lists the sources of the facts the lesson uses (<Fact id="…" />); remove "sources"',
    })
    .optional(),
  /** When the lesson was last checked against the content guide (YYYY-MM-DD). */
  lastReviewed: isoDate('lastReviewed'),
  /** Picture on the lesson's card (home, band and lesson lists): a name of the picture set, e.g. "mobile-phone". */
  picture: slug('picture').optional(),
  /** Id of the lesson's quiz: the file name of `quizzes/<id>.yaml`, without extension. */
  quiz: slug('quiz').optional(),
});

/** Validated front matter of a pupil lesson. */
export type LessonData = z.infer<typeof lessonSchema>;
