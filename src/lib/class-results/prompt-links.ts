import type { ContentFile } from '../catalogue-check';
import type { LessonData } from '../../schemas/lesson';
import type { TeacherNotesData } from '../../schemas/teacher-notes';

/**
 * Checks the quiz question ids that teacher notes' prompts name (`prompts[].questions`): each must
 * be a question of the lesson's quiz. Returns one message per unknown id, naming the file, the
 * field and the fix.
 */
export function promptLinkProblems(
  notes: ReadonlyArray<ContentFile<TeacherNotesData>>,
  lessons: ReadonlyArray<ContentFile<LessonData>>,
  questionIds: ReadonlyMap<string, readonly string[]>,
): string[] {
  const problems: string[] = [];
  for (const note of notes) {
    const quizId = lessons.find((lesson) => lesson.lang === note.lang && lesson.id === note.id)?.data.quiz;
    // Stryker disable next-line ArrayDeclaration: only a prompt naming the mutant's own placeholder text as a question id could tell a non-empty list here; every other id is reported either way
    const known = quizId === undefined ? [] : (questionIds.get(quizId) ?? []);
    note.data.prompts.forEach((prompt, index) => {
      for (const id of prompt.questions ?? []) {
        if (!known.includes(id)) {
          const where = quizId === undefined ? 'the lesson has no quiz' : `quizzes/${quizId}.yaml has no question "${id}"`;
          problems.push(
            `${note.file}: "prompts[${index}].questions" names "${id}", but ${where}: use an id of the lesson's quiz or remove it`,
          );
        }
      }
    });
  }
  return problems;
}
