import { renderQuiz } from './quiz-island';

const mountAll = () => {
  for (const root of document.querySelectorAll<HTMLElement>('[data-quiz-mount]')) {
    renderQuiz(root, JSON.parse(root.querySelector('script[data-quiz-props]')?.textContent ?? '{}'));
  }
};

let started = false;
const start = () => {
  if (started) return;
  started = true;
  mountAll();
};

/**
 * Starts every quiz of the page as soon as the page is parsed (DOMContentLoaded comes after every
 * module script of the page has run, so the question views a page loads apart,
 * QuizViewScripts.astro, have registered; the document is already "interactive" while those
 * scripts run, so readyState cannot tell), over the quiz the server rendered: Tab reaches it on
 * the first pass. Props are read from the JSON script beside each quiz; no island runtime.
 */
export function mountQuizzes(): void {
  if (document.readyState === 'complete') return start();
  document.addEventListener('DOMContentLoaded', start, { once: true });
  window.addEventListener('load', start, { once: true });
}
