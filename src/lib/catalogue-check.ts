import type { Lang } from '../schemas/languages';
import type { LessonData } from '../schemas/lesson';
import type { TeacherNotesData } from '../schemas/teacher-notes';

/** A content file after its schema passed: where it is, what it says, and its MDX body. */
export interface ContentFile<Data> {
  lang: Lang;
  id: string;
  /** Path from the project root, for messages. */
  file: string;
  data: Data;
  body: string;
}

/** Everything the cross-file checks look at. */
export interface CatalogueInput {
  /** Languages that must be complete. */
  languages: readonly Lang[];
  lessons: ContentFile<LessonData>[];
  notes: ContentFile<TeacherNotesData>[];
  /** Ids of the quiz files that exist. */
  quizIds: readonly string[];
}

/** Blocks a pupil lesson body needs: [component, minimum, maximum]. */
const LESSON_BLOCKS = [
  ['Scenario', 1, Infinity],
  ['Remember', 1, 1],
] as const;

/** Blocks teacher notes need, each exactly once. */
const NOTES_BLOCKS = ['Background', 'Safeguarding', 'FollowUp', 'ParentLetter', 'ParentNote'] as const;

const countBlocks = (body: string, name: string) => body.match(new RegExp(`<${name}[\\s>]`, 'g'))?.length ?? 0;

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Checks what a single file's schema cannot: every lesson in every language with its teacher
 * notes, quizzes that exist, the same band, duration, topics and quiz in every language, steps
 * that add up to the duration, and the blocks each body needs. Returns one message per problem,
 * each naming the file, the field and the fix; an empty list means the catalogue is sound.
 */
export function checkCatalogue({ languages, lessons, notes, quizIds }: CatalogueInput): string[] {
  const problems: string[] = [];
  const lessonAt = new Map(lessons.map((lesson) => [`${lesson.lang}/${lesson.id}`, lesson]));
  const notesAt = new Map(notes.map((note) => [`${note.lang}/${note.id}`, note]));
  const ids = [...new Set(lessons.map((lesson) => lesson.id))].sort();
  const quizzes = new Set(quizIds);

  for (const id of ids) {
    const reference = languages.map((lang) => lessonAt.get(`${lang}/${id}`)).find((lesson) => lesson !== undefined);
    for (const lang of languages) {
      const lesson = lessonAt.get(`${lang}/${id}`);
      if (!lesson) {
        const from = reference ? ` (translate ${reference.file})` : '';
        problems.push(`lessons/${lang}/${id}.mdx is missing: every lesson must exist in ${languages.join(', ')}${from}`);
        continue;
      }
      if (!notesAt.has(`${lang}/${id}`)) {
        problems.push(`lessons/${lang}/${id}.teacher.mdx is missing: write the teacher notes of ${lesson.file}`);
      }
      if (lesson.data.quiz !== undefined && !quizzes.has(lesson.data.quiz)) {
        problems.push(
          `${lesson.file}: "quiz" names "${lesson.data.quiz}", but quizzes/${lesson.data.quiz}.yaml does not exist: create it or fix the name`,
        );
      }
      // Stryker disable next-line ConditionalExpression: a lesson compared with itself always agrees, so skipping the reference only saves work.
      if (reference && reference !== lesson) {
        for (const field of ['band', 'duration', 'quiz', 'topics'] as const) {
          if (!sameValue(lesson.data[field], reference.data[field])) {
            problems.push(
              `${lesson.file}: "${field}" is ${JSON.stringify(lesson.data[field])} but ${reference.file} says ${JSON.stringify(reference.data[field])}: every language must agree`,
            );
          }
        }
      }
      for (const [block, min, max] of LESSON_BLOCKS) {
        const count = countBlocks(lesson.body, block);
        if (count < min) problems.push(`${lesson.file}: the body has no <${block}> block: add one (see lessons/README.md)`);
        if (count > max) problems.push(`${lesson.file}: the body has ${count} <${block}> blocks: keep exactly ${max}`);
      }
    }
  }

  for (const note of notes) {
    const lesson = lessonAt.get(`${note.lang}/${note.id}`);
    if (!lesson) {
      problems.push(`${note.file} has no pupil lesson: create lessons/${note.lang}/${note.id}.mdx or rename the notes`);
      continue;
    }
    const total = note.data.steps.reduce((sum, step) => sum + step.minutes, 0);
    if (total !== lesson.data.duration) {
      problems.push(
        `${note.file}: "steps" add up to ${total} minutes but the lesson's "duration" is ${lesson.data.duration}: make them agree`,
      );
    }
    for (const block of NOTES_BLOCKS) {
      const count = countBlocks(note.body, block);
      if (count !== 1) problems.push(`${note.file}: the body needs exactly one <${block}> block, found ${count}`);
    }
  }
  return problems;
}
