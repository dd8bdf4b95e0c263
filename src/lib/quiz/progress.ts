import { quizScore } from './grade';
import type { Answer, QuestionView } from './types';

/**
 * Saved progress of one quiz, kept in localStorage under `balise:v1:quiz:<quiz id>` (the key's
 * `v1` names the storage namespace; the data's own `version` says which shape it has, so an old
 * shape is migrated in place).
 *
 * Shape (version 2), JSON:
 *   {
 *     "version": 2,
 *     "attempt": "k3x9",            // seed of this attempt's shuffled orders (kept on reload)
 *     "current": 2,                 // question on screen; questions.length means the end screen
 *     "answers": {                  // per question id, by type:
 *       "q1": ["opt-a"],            //   choice: option ids; ordering: item ids in order;
 *       "q2": { "item": "green" },  //   scenario: choice ids taken; sorting: item → category;
 *       "q3": "free text"           //   reflection: text or feeling id (never sent anywhere)
 *     },
 *     "checked": ["q1"],            // questions whose answer was checked (final)
 *     "completed": false,           // every question checked
 *     "score": null,                // score of the scored questions once completed
 *     "updatedAt": "2026-11-28T20:00:00.000Z"
 *   }
 *
 * Lifecycle: created on the first answer; updated on each answer, check and move; "try again"
 * starts a new attempt (all questions, or only the missed ones); the progress page erases it.
 * Reading is defensive: corrupted JSON, a wrong shape or an unknown version reads as empty
 * progress, so a quiz never crashes. Migration: version 1 (answers as option-id lists, no
 * attempt, no current question) is read into version 2 with its answers kept.
 */
export interface QuizProgress {
  version: 2;
  attempt: string;
  current: number;
  answers: Record<string, Answer>;
  checked: string[];
  completed: boolean;
  score: number | null;
  updatedAt: string;
}

/** The state of a quiz nobody has touched. */
export function emptyProgress(attempt = '1'): QuizProgress {
  return { version: 2, attempt, current: 0, answers: {}, checked: [], completed: false, score: null, updatedAt: '' };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');
const isAnswer = (value: unknown): value is Answer =>
  typeof value === 'string' ||
  isStringArray(value) ||
  (isRecord(value) && Object.values(value).every((v) => typeof v === 'string'));

/** Reads saved progress (any known version); anything else reads as empty progress. */
export function decodeProgress(raw: string | null | undefined): QuizProgress {
  let data: unknown;
  try {
    // Stryker disable next-line StringLiteral: any other text that is not JSON fails to parse the same way.
    data = JSON.parse(raw ?? '');
    // Stryker disable next-line BlockStatement: without this return, the undefined data fails the shape check below and reads as empty all the same.
  } catch {
    return emptyProgress();
  }
  if (!isRecord(data) || !isRecord(data['answers']) || !isStringArray(data['checked'])) return emptyProgress();
  if (!Object.values(data['answers']).every(isAnswer)) return emptyProgress();
  const base = {
    answers: data['answers'] as Record<string, Answer>,
    checked: data['checked'],
    completed: data['completed'] === true,
    score: typeof data['score'] === 'number' && Number.isFinite(data['score']) ? data['score'] : null,
    updatedAt: typeof data['updatedAt'] === 'string' ? data['updatedAt'] : '',
  };
  if (data['version'] === 1) return { version: 2, attempt: 'v1', current: 0, ...base };
  if (data['version'] !== 2) return emptyProgress();
  const current = data['current'];
  return {
    version: 2,
    attempt: typeof data['attempt'] === 'string' ? data['attempt'] : '1',
    // Stryker disable next-line EqualityOperator: a current question of 0 reads as 0 on either side of the test.
    current: typeof current === 'number' && Number.isInteger(current) && current >= 0 ? current : 0,
    ...base,
  };
}

/** Serialises progress; untouched progress is not stored at all. */
export function encodeProgress(progress: QuizProgress): string | undefined {
  const untouched = Object.keys(progress.answers).length === 0 && progress.checked.length === 0 && progress.current === 0;
  return untouched ? undefined : JSON.stringify(progress);
}

/** Progress as changed at `now`. */
export const stamp = (progress: QuizProgress, now: Date): QuizProgress => ({ ...progress, updatedAt: now.toISOString() });

/** Records an answer; a checked answer no longer changes. */
export function setAnswer(progress: QuizProgress, questionId: string, answer: Answer, now: Date): QuizProgress {
  if (progress.checked.includes(questionId)) return progress;
  return stamp({ ...progress, answers: { ...progress.answers, [questionId]: answer } }, now);
}

/** Marks a question checked; the last check completes the quiz with its score. */
export function checkQuestion(
  progress: QuizProgress,
  questionId: string,
  questions: readonly QuestionView[],
  now: Date,
): QuizProgress {
  if (progress.checked.includes(questionId) || !questions.some((q) => q.id === questionId)) return progress;
  const checked = [...progress.checked, questionId];
  const completed = questions.every((question) => checked.includes(question.id));
  const score = completed ? quizScore(questions, progress.answers).score : null;
  return stamp({ ...progress, checked, completed, score }, now);
}

/** Shows another question (or, at `questions.length`, the end screen). */
export function goTo(progress: QuizProgress, index: number, questionCount: number, now: Date): QuizProgress {
  const current = Math.min(Math.max(0, Math.trunc(index)), questionCount);
  return current === progress.current ? progress : stamp({ ...progress, current }, now);
}
