import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { lessonSchema } from './schemas/lesson';
import { quizSchema } from './schemas/quiz';
import { teacherNotesSchema } from './schemas/teacher-notes';
import { entryIdFromPath } from './lib/entry-id';

/** Pupil lessons: `lessons/<lang>/<id>.mdx`, entry id `<lang>/<id>`. */
const lessons = defineCollection({
  loader: glob({
    base: './lessons',
    pattern: ['*/*.mdx', '!*/*.teacher.mdx'],
    generateId: ({ entry }) => entryIdFromPath(entry),
  }),
  schema: lessonSchema,
});

/** Teacher notes: `lessons/<lang>/<id>.teacher.mdx`, entry id `<lang>/<id>`. */
const teacherNotes = defineCollection({
  loader: glob({
    base: './lessons',
    pattern: '*/*.teacher.mdx',
    generateId: ({ entry }) => entryIdFromPath(entry),
  }),
  schema: teacherNotesSchema,
});

/** Quizzes: `quizzes/<id>.yaml`, entry id `<id>`, text in every language. */
const quizzes = defineCollection({
  loader: glob({ base: './quizzes', pattern: '*.yaml', generateId: ({ entry }) => entryIdFromPath(entry) }),
  schema: quizSchema,
});

export const collections = { lessons, teacherNotes, quizzes };
