import { getCollection, type CollectionEntry } from 'astro:content';
import { schoolConfig } from '../config/school';
import { checkCatalogue, type ContentFile } from '../lib/catalogue-check';
import { promptLinkProblems } from '../lib/class-results/prompt-links';
import { checkFactUse } from '../lib/fact-checks';
import { expandFactsDeep, factIdsIn, factSources } from '../lib/facts';
import { splitEntryId } from '../lib/entry-id';
import { BANDS, type Band } from '../schemas/bands';
import type { Lang } from '../schemas/languages';
import { facts } from './facts';

/** A pupil lesson with its language and id. */
export type Lesson = CollectionEntry<'lessons'> & { lang: Lang; lessonId: string };
/** Teacher notes with their language and lesson id. */
export type TeacherNotes = CollectionEntry<'teacherNotes'> & { lang: Lang; lessonId: string };

/** The whole content, checked once per build. */
export interface Catalogue {
  lessons: Lesson[];
  notes: TeacherNotes[];
  quizzes: Map<string, CollectionEntry<'quizzes'>>;
}

/** Raised when the content is inconsistent across files; the message lists every problem. */
export class CatalogueError extends Error {
  override name = 'CatalogueError';
}

const withLang = <E extends { id: string }>(entry: E) => {
  const { lang, id } = splitEntryId(entry.id);
  return { ...entry, lang, lessonId: id };
};

const toFile = <E extends { lang: Lang; lessonId: string; data: D; body?: string | undefined }, D>(
  entry: E,
  suffix: string,
): ContentFile<D> => ({
  lang: entry.lang,
  id: entry.lessonId,
  file: `lessons/${entry.lang}/${entry.lessonId}${suffix}`,
  data: entry.data,
  body: entry.body ?? '',
});

let cached: Promise<Catalogue> | undefined;

async function load(): Promise<Catalogue> {
  const lessons = (await getCollection('lessons')).map(withLang).filter((l) => schoolConfig.languages.includes(l.lang));
  const notes = (await getCollection('teacherNotes')).map(withLang).filter((n) => schoolConfig.languages.includes(n.lang));
  const quizzes = new Map((await getCollection('quizzes')).map((quiz) => [quiz.id, quiz]));
  const problems = checkCatalogue({
    languages: schoolConfig.languages,
    lessons: lessons.map((lesson) => toFile(lesson, '.mdx')),
    notes: notes.map((note) => toFile(note, '.teacher.mdx')),
    quizIds: [...quizzes.keys()],
  });
  problems.push(
    ...checkFactUse({
      languages: schoolConfig.languages,
      lessons: lessons.map((lesson) => toFile(lesson, '.mdx')),
      notes: notes.map((note) => toFile(note, '.teacher.mdx')),
      quizzes: new Map([...quizzes].map(([id, quiz]) => [id, quiz.data])),
      facts,
    }),
  );
  problems.push(
    ...promptLinkProblems(
      notes.map((note) => toFile(note, '.teacher.mdx')),
      lessons.map((lesson) => toFile(lesson, '.mdx')),
      new Map([...quizzes].map(([id, quiz]) => [id, quiz.data.questions.map((question) => question.id)])),
    ),
  );
  if (problems.length > 0) {
    throw new CatalogueError(`The lessons have ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  }
  const order = (lesson: Lesson) => BANDS.indexOf(lesson.data.band);
  lessons.sort((a, b) => order(a) - order(b) || a.data.title.localeCompare(b.data.title, a.lang));
  return { lessons, notes, quizzes };
}

/** Loads and checks the content (once per build). */
export function getCatalogue(): Promise<Catalogue> {
  cached ??= load();
  return cached;
}

/** The lessons of one language, youngest band first. */
export async function lessonsIn(lang: Lang, band?: Band): Promise<Lesson[]> {
  const { lessons } = await getCatalogue();
  return lessons.filter((lesson) => lesson.lang === lang && (band === undefined || lesson.data.band === band));
}

/**
 * One lesson, its teacher notes (their `{fact:…}` tokens written out in the page's language) and
 * its quiz, with the sources of the facts each page states; throws a clear error if any is missing.
 */
export async function lessonBundle(lang: Lang, lessonId: string) {
  const { lessons, notes, quizzes } = await getCatalogue();
  const lesson = lessons.find((l) => l.lang === lang && l.lessonId === lessonId);
  const note = notes.find((n) => n.lang === lang && n.lessonId === lessonId);
  if (!lesson || !note) throw new CatalogueError(`lessons/${lang}/${lessonId}: lesson or teacher notes not found`);
  const quiz = lesson.data.quiz === undefined ? undefined : quizzes.get(lesson.data.quiz);
  if (lesson.data.quiz !== undefined && !quiz) {
    throw new CatalogueError(`lessons/${lang}/${lessonId}.mdx: quiz "${lesson.data.quiz}" not found in quizzes/`);
  }
  const pupilFacts = factIdsIn(`${lesson.body ?? ''}\n${quiz ? JSON.stringify(quiz.data) : ''}`);
  const notesFacts = factIdsIn(`${JSON.stringify(note.data)}\n${note.body ?? ''}`);
  return {
    lesson,
    notes: { ...note, data: expandFactsDeep(note.data, lang, facts) },
    quiz,
    /** Sources of the facts the pupil page states (lesson and quiz). */
    sources: factSources(pupilFacts, facts),
    /** Sources of every fact the teacher notes, the lesson and the quiz state. */
    notesSources: factSources([...notesFacts, ...pupilFacts], facts),
  };
}

/** The teacher notes of one language, in the order of `lessonsIn`. */
export async function notesIn(lang: Lang): Promise<TeacherNotes[]> {
  const { notes } = await getCatalogue();
  const order = (await lessonsIn(lang)).map((lesson) => lesson.lessonId);
  return notes.filter((note) => note.lang === lang).sort((a, b) => order.indexOf(a.lessonId) - order.indexOf(b.lessonId));
}
