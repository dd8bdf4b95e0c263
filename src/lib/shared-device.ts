import type { QuizProgress } from './quiz/progress';

/**
 * Quiz progress as a shared device may store it: without the reflections (free text or a
 * feeling), which never outlive the page there. Reflection answers are the only plain-text answers.
 */
export function withoutReflections(progress: QuizProgress): QuizProgress {
  const answers = Object.fromEntries(Object.entries(progress.answers).filter(([, answer]) => typeof answer !== 'string'));
  return { ...progress, answers };
}

/**
 * The keys of saved quiz progress whose quiz was finished (its end screen reached), among raw
 * stored entries; on a shared device these belong to a pupil who is done. Unreadable entries are
 * left to the quiz, which reads them as empty.
 */
export function finishedQuizKeys(entries: ReadonlyArray<{ key: string; value: string }>, quizPrefix: string): string[] {
  return entries
    .filter(({ key, value }) => {
      if (!key.startsWith(quizPrefix)) return false;
      try {
        return (JSON.parse(value) as { completed?: unknown } | null)?.completed === true;
      } catch {
        return false;
      }
    })
    .map(({ key }) => key);
}
