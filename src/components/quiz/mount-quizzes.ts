import type { QuizProps } from './Quiz';
import { renderQuiz } from './quiz-island';
import { preloadViews } from './views';

/**
 * Starts every quiz of the page over the quiz the server rendered (Tab reaches that one on the
 * first pass). The page's module scripts run once the document is parsed, so the quizzes and the
 * props beside each (a JSON script; no island runtime) are all there. A quiz goes live once the view
 * of its first question is loaded: at once for choice questions, whose view comes with the quiz
 * script; one request later for the other types (common-views.ts). Until then the server's copy
 * stays on screen; if the request fails (offline, before the offline copy holds it), the quiz
 * starts anyway and shows that question's view when it arrives.
 */
export function mountQuizzes(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-quiz-mount]')) {
    const props = JSON.parse(root.querySelector('script[data-quiz-props]')?.textContent ?? '{}') as QuizProps;
    const start = () => renderQuiz(root, props);
    preloadViews(props.quiz.questions.slice(0, 1)).then(start, start);
  }
}
