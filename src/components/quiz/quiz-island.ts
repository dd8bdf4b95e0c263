import { createComponent, render } from 'solid-js/web';
import Quiz, { type QuizProps } from './Quiz';

const FOCUSABLE = 'button, input, textarea, select, a[href], [tabindex]';

/**
 * Renders the quiz over the server's markup of it (see mount-quizzes.ts): the server's copy goes
 * and the live one takes its place in the same task, so nothing moves on screen; a control the
 * pupil had already reached with Tab keeps the focus.
 */
export function renderQuiz(root: HTMLElement, props: QuizProps): void {
  const server = root.querySelector('.quiz-app');
  const focused = server ? [...server.querySelectorAll(FOCUSABLE)].indexOf(document.activeElement as Element) : -1;
  server?.remove();
  render(() => createComponent(Quiz, props), root);
  if (focused >= 0) root.querySelectorAll<HTMLElement>(FOCUSABLE)[focused]?.focus();
}
