import { createComponent, render } from 'solid-js/web';
import Quiz, { type QuizProps } from './Quiz';

/**
 * Renders the quiz over the server's markup of it (see mount-quizzes.ts): the server's copy goes
 * and the live one takes its place in the same task, so nothing moves on screen; a control the
 * pupil had already reached with Tab keeps the focus (found again by its place among the controls).
 */
export function renderQuiz(root: HTMLElement, props: QuizProps): void {
  const controls = () => [...root.querySelectorAll<HTMLElement>('button, input, textarea')];
  const focused = controls().indexOf(document.activeElement as HTMLElement);
  root.querySelector('.quiz-app')?.remove();
  render(() => createComponent(Quiz, props), root);
  controls()[focused]?.focus();
}
