import { renderQuiz } from './quiz-island';

const mountAll = () => {
  for (const root of document.querySelectorAll<HTMLElement>('[data-quiz-mount]')) {
    renderQuiz(root, JSON.parse(root.querySelector('script[data-quiz-props]')?.textContent ?? '{}'));
  }
};

/**
 * Starts every quiz of the page as soon as the page is parsed (DOMContentLoaded: after every
 * module script of the page, so the question views a page loads apart, QuizViewScripts.astro,
 * have registered), over the quiz the server rendered: Tab reaches it on the first pass. Props
 * are read from the JSON script beside each quiz; Astro's island runtime is not needed.
 */
export function mountQuizzes(): void {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll, { once: true });
  else mountAll();
}
