import { createComponent, render } from 'solid-js/web';
import Quiz, { type QuizProps } from './Quiz';

/** Renders the quiz into its place on the page (see mount-quizzes.ts). */
export function renderQuiz(root: HTMLElement, props: QuizProps): void {
  render(() => createComponent(Quiz, props), root);
}
