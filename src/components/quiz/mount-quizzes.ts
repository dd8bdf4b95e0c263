/**
 * Starts every quiz of the page once it scrolls into view (as `client:visible` would), without
 * Astro's island runtime: the quiz renders nothing on the server, so there is nothing to hydrate,
 * and its props are read from the JSON script beside it. The quiz code loads only then.
 */
export function mountQuizzes(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-quiz-mount]')) {
    const start = async () => {
      const props = JSON.parse(root.querySelector('script[data-quiz-props]')?.textContent ?? '{}');
      (await import('./quiz-island')).renderQuiz(root, props);
    };
    if (!('IntersectionObserver' in window)) {
      void start();
      continue;
    }
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      void start();
    });
    observer.observe(root);
  }
}
