import { STORE_UNMOUNT_DELAY } from 'nanostores';
import { stringsWithPrefix } from '../../i18n';
import { choice, ordering, reflection, scenario, sorting } from '../../lib/quiz/test-questions';
import type { QuizView } from '../../lib/quiz/types';
import type { QuizStrings } from './strings';
import { registerAllViews } from './all-views';
import { LazyQuestionFeedback, LazyQuestionReadAloud, LazyQuizEnd } from './lazy-parts';

registerAllViews();

/** A quiz with one question of every type, for component tests. */
export const testQuiz: QuizView = {
  id: 'component-test',
  questions: [choice('single', ['b'], ['a', 'b']), ordering, sorting, scenario, reflection],
};

/** The English quiz strings. */
export const testStrings: QuizStrings = stringsWithPrefix('en', 'quiz.');

/** The props the lesson page gives the island, for a quiz. */
export const quizProps = (quiz: QuizView = testQuiz) => ({
  quiz,
  lang: 'en-GB',
  readAloud: false,
  shortFeedback: false,
  help: [{ name: 'Child Focus', phone: '116 000' }],
  helpHref: '/en/help/',
  strings: testStrings,
});

/**
 * Waits until the quiz's persisted stores have unmounted (nanostores unmounts a store a moment
 * after its last listener leaves, and the persistent engine then removes its window listeners):
 * run after a file's last test (`afterAll`), so that this does not happen once jsdom's window
 * is gone (an "unhandled error" on a busy machine).
 */
export const storesUnmounted = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, STORE_UNMOUNT_DELAY + 100));

/**
 * Loads the parts of the quiz the page fetches once it is idle (lazy-parts.ts), so that a test can
 * check an answer and read its feedback at once, as a pupil does once the page has settled.
 */
export const quizPartsLoaded = async (): Promise<void> => {
  await Promise.all([LazyQuestionFeedback.preload(), LazyQuestionReadAloud.preload(), LazyQuizEnd.preload()]);
};
