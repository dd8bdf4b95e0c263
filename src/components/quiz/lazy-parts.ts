import { lazyComponent } from './lazy-component';

/**
 * The parts of the quiz a pupil does not need to answer the first question, kept out of the
 * page's first load: the end screen (fetched once the page is idle, and at once when a saved quiz
 * opens on it) and the read-aloud control (fetched only where read-aloud is offered).
 */
export const LazyEndScreen = lazyComponent(() => import('./EndScreen'));

/** The read-aloud control of the question and of the feedback (see ReadAloud.tsx). */
export const LazyReadAloud = lazyComponent(() => import('./ReadAloud'));
