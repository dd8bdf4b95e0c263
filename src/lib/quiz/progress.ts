/**
 * Saved progress of one quiz, as kept in localStorage under `balise:v1:quiz:<quiz id>`.
 *
 * Shape (version 1), JSON:
 *   {
 *     "version": 1,
 *     "answers": { "<question id>": ["<option id>", …] },  // chosen options, checked or not
 *     "checked": ["<question id>", …],                      // questions whose answer was checked
 *     "completed": false,                                   // every question checked
 *     "score": null,                                        // total score once completed
 *     "updatedAt": "2026-11-28T20:00:00.000Z"
 *   }
 *
 * Lifecycle: created on the first answer; updated on each choice and check; "Try again" resets it
 * to the empty state; the progress page's erase button deletes it.
 * Reading is defensive: anything that is not valid JSON of this shape (corrupted, edited by hand,
 * written by an unknown future version) is read as empty progress, so a quiz never crashes.
 * Migration: a future version 2 adds a `migrate` step here from version 1; unknown versions are
 * read as empty, never thrown away silently into a crash.
 */
export interface QuizProgress {
  version: 1;
  answers: Record<string, string[]>;
  checked: string[];
  completed: boolean;
  score: number | null;
  updatedAt: string;
}

/** The current version of the saved shape. */
export const PROGRESS_VERSION = 1;

/** The state of a quiz nobody has touched. */
export function emptyProgress(): QuizProgress {
  return { version: 1, answers: {}, checked: [], completed: false, score: null, updatedAt: '' };
}

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/** Reads saved progress; returns empty progress for anything missing, corrupted or unknown. */
export function decodeProgress(raw: string | null | undefined): QuizProgress {
  if (!raw) return emptyProgress();
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return emptyProgress();
  }
  if (typeof data !== 'object' || data === null) return emptyProgress();
  const record = data as Record<string, unknown>;
  if (record['version'] !== PROGRESS_VERSION) return emptyProgress();
  const answers = record['answers'];
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) return emptyProgress();
  if (!Object.values(answers).every(isStringArray) || !isStringArray(record['checked'])) return emptyProgress();
  const score = record['score'];
  return {
    version: 1,
    answers: answers as Record<string, string[]>,
    checked: record['checked'],
    completed: record['completed'] === true,
    score: typeof score === 'number' && Number.isFinite(score) ? score : null,
    updatedAt: typeof record['updatedAt'] === 'string' ? record['updatedAt'] : '',
  };
}

/** Serialises progress; empty progress is not stored at all. */
export function encodeProgress(progress: QuizProgress): string | undefined {
  const untouched = Object.keys(progress.answers).length === 0 && progress.checked.length === 0;
  return untouched ? undefined : JSON.stringify(progress);
}

/** Records the options chosen for a question; a checked answer can no longer change. */
export function chooseOptions(progress: QuizProgress, questionId: string, optionIds: readonly string[], now: Date): QuizProgress {
  if (progress.checked.includes(questionId)) return progress;
  return { ...progress, answers: { ...progress.answers, [questionId]: [...optionIds] }, updatedAt: now.toISOString() };
}

/**
 * Marks a question as checked. When every question of the quiz is checked, the quiz is
 * completed with the score computed by `scoreOf`.
 */
export function checkQuestion(
  progress: QuizProgress,
  questionId: string,
  questionIds: readonly string[],
  scoreOf: (answers: QuizProgress['answers']) => number,
  now: Date,
): QuizProgress {
  if (!(progress.answers[questionId]?.length) || progress.checked.includes(questionId)) return progress;
  const checked = [...progress.checked, questionId];
  const completed = questionIds.every((id) => checked.includes(id));
  return {
    ...progress,
    checked,
    completed,
    score: completed ? scoreOf(progress.answers) : null,
    updatedAt: now.toISOString(),
  };
}
