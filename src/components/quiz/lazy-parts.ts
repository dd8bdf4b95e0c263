import { lazyComponent } from './lazy-component';

/**
 * The parts of the quiz a pupil does not need to answer the first question, kept out of the
 * page's first load and fetched once the page is idle (Quiz.tsx), or at once when a saved quiz
 * opens on them: the feedback after "check" and the end screen.
 */
export const LazyQuestionFeedback = lazyComponent(() => import('./QuestionFeedback'));

/** The end screen with its score, missed questions and "try again" (see QuizEnd.tsx). */
export const LazyQuizEnd = lazyComponent(() => import('./QuizEnd'));

/** The question's read-aloud control, fetched only where read-aloud is offered (see QuestionReadAloud.tsx). */
export const LazyQuestionReadAloud = lazyComponent(() => import('./QuestionReadAloud'));
