import { CLASS_KEY } from './class-results/stored-classes';
import { decodeProgress } from './quiz/progress';

/** A quiz the site offers, as the progress page names it. */
export interface KnownQuiz {
  id: string;
  title: string;
  href: string;
  questionCount: number;
  /** Questions that count towards the score (not reflections), as the end screen counts them. */
  scoredCount: number;
  /** The lesson's class results page (teacher side), where the lesson has one. */
  classHref?: string;
}

/** One line of "what this device remembers". */
export interface RememberedQuiz {
  key: string;
  title: string | undefined;
  href: string | undefined;
  checked: number;
  /** Questions of the quiz (for "started: 3 of 8 answered"). */
  total: number;
  /** Scored questions of the quiz (for "finished: 2 out of 7"). */
  scored: number;
  completed: boolean;
  score: number | null;
}

const QUIZ_KEY = /^balise:v\d+:quiz:(.+)$/;

/**
 * Describes the saved entries for the progress page: quiz progress is matched to the lessons
 * that use it; other entries (preferences, unknown keys) are listed by key so nothing is hidden.
 * Class results are left out: the progress page lists them on their own (see `stored-classes.ts`).
 */
export function summarizeDeviceData(
  entries: ReadonlyArray<{ key: string; value: string }>,
  quizzes: readonly KnownQuiz[],
): { quizzes: RememberedQuiz[]; other: string[] } {
  const remembered: RememberedQuiz[] = [];
  const other: string[] = [];
  for (const entry of entries) {
    if (CLASS_KEY.test(entry.key)) continue;
    const quizId = QUIZ_KEY.exec(entry.key)?.[1];
    if (quizId === undefined) {
      other.push(entry.key);
      continue;
    }
    const quiz = quizzes.find((known) => known.id === quizId);
    const progress = decodeProgress(entry.value);
    remembered.push({
      key: entry.key,
      title: quiz?.title,
      href: quiz?.href,
      checked: progress.checked.length,
      total: quiz?.questionCount ?? progress.checked.length,
      scored: quiz?.scoredCount ?? progress.checked.length,
      completed: progress.completed,
      score: progress.score,
    });
  }
  return { quizzes: remembered, other };
}
