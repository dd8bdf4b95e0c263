import type { Lang } from '../schemas/languages';
import type { LessonData } from '../schemas/lesson';
import type { QuizData } from '../schemas/quiz';
import type { TeacherNotesData } from '../schemas/teacher-notes';
import type { ContentFile } from './catalogue-check';
import { factIdsIn, factUseProblems, type FactIndex } from './facts';

/** What the fact checks look at: the catalogue's files, its quizzes and the facts data. */
export interface FactCheckInput {
  languages: readonly Lang[];
  lessons: readonly ContentFile<LessonData>[];
  notes: readonly ContentFile<TeacherNotesData>[];
  quizzes: ReadonlyMap<string, QuizData>;
  facts: FactIndex;
}

const sameIds = (a: readonly string[], b: readonly string[]) => [...a].sort().join() === [...b].sort().join();
const list = (ids: readonly string[]) => (ids.length > 0 ? ids.join(', ') : 'none');

/** Every `{ fr, nl, en }` text inside a value, with its path for messages. */
function localizedTexts(
  value: unknown,
  languages: readonly Lang[],
  path = '',
): Array<{ path: string; text: Record<Lang, string> }> {
  if (Array.isArray(value)) return value.flatMap((item, index) => localizedTexts(item, languages, `${path}[${index}]`));
  // Stryker disable next-line ConditionalExpression: validated quiz data holds no null (no schema field is nullable).
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  // Stryker disable next-line MethodExpression: in validated quiz data only localized texts have language keys, and they have all of them.
  if (languages.every((lang) => typeof record[lang] === 'string')) return [{ path, text: record as Record<Lang, string> }];
  return Object.entries(record).flatMap(([key, item]) => localizedTexts(item, languages, path ? `${path}.${key}` : key));
}

/**
 * Checks the facts the content uses: every id exists; pupil texts (lessons, their quizzes) use only
 * facts approved for their band and never teachers' facts; and every language of a lesson, of its
 * teacher notes and of each quiz text uses the same facts. One message per problem, naming the file.
 */
export function checkFactUse({ languages, lessons, notes, quizzes, facts }: FactCheckInput): string[] {
  const problems: string[] = [];
  const bandOfQuiz = new Map<string, LessonData['band']>();

  const compareLanguages = (files: readonly ContentFile<unknown>[], text: (file: ContentFile<unknown>) => string) => {
    const byId = Map.groupBy(files, (file) => file.id);
    for (const group of byId.values()) {
      const [first, ...others] = group;
      if (!first) continue;
      const expected = factIdsIn(text(first));
      for (const other of others) {
        const found = factIdsIn(text(other));
        if (!sameIds(found, expected)) {
          problems.push(
            `${other.file}: uses the facts ${list(found)} but ${first.file} uses ${list(expected)}: every language must state the same facts`,
          );
        }
      }
    }
  };

  for (const lesson of lessons) {
    problems.push(
      ...factUseProblems(lesson.file, lesson.body, { audience: 'pupils', band: lesson.data.band }, lesson.lang, facts),
    );
    if (lesson.data.quiz !== undefined) bandOfQuiz.set(lesson.data.quiz, lesson.data.band);
  }
  for (const note of notes) {
    const text = `${JSON.stringify(note.data)}\n${note.body}`;
    problems.push(...factUseProblems(note.file, text, { audience: 'teachers' }, note.lang, facts));
  }
  compareLanguages(lessons, (lesson) => lesson.body);
  compareLanguages(notes, (note) => `${JSON.stringify(note.data)}\n${note.body}`);

  for (const [id, quiz] of quizzes) {
    const file = `quizzes/${id}.yaml`;
    const band = bandOfQuiz.get(id);
    for (const { path, text } of localizedTexts(quiz, languages)) {
      const [first, ...others] = languages;
      if (!first) continue;
      const expected = factIdsIn(text[first]);
      for (const lang of others) {
        if (!sameIds(factIdsIn(text[lang]), expected)) {
          problems.push(
            `${file}: ${path}: the "${lang}" text uses the facts ${list(factIdsIn(text[lang]))} but "${first}" uses ${list(expected)}: every language must state the same facts`,
          );
        }
      }
      for (const lang of languages) {
        const reader = band ? ({ audience: 'pupils', band } as const) : ({ audience: 'teachers' } as const);
        problems.push(...factUseProblems(`${file}: ${path}.${lang}`, text[lang], reader, lang, facts));
      }
    }
  }
  return [...new Set(problems)];
}
