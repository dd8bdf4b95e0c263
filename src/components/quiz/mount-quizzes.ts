import { renderQuiz } from './quiz-island';

/**
 * Starts every quiz of the page as soon as the page is parsed, over the quiz the server rendered
 * (so Tab reaches it on the first pass, before and after): the page's question views have
 * registered themselves by then (their scripts come first, QuizViewScripts.astro). Props are read
 * from the JSON script beside each quiz. Astro's island runtime is not needed.
 */
export function mountQuizzes(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-quiz-mount]')) {
    renderQuiz(root, JSON.parse(root.querySelector('script[data-quiz-props]')?.textContent ?? '{}'));
  }
}
