import { renderToString } from 'solid-js/web';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyProgress } from '../../lib/quiz/progress';
import { quizProgress } from '../../stores/quiz-progress';
import Quiz from './Quiz';
import { quizProps, testQuiz } from './test-quiz';

afterEach(() => quizProgress(testQuiz.id).set(emptyProgress()));

describe('<Quiz> on the server', () => {
  it('renders the first question of a fresh quiz, with real controls that Tab reaches before the script runs', () => {
    const html = renderToString(() => <Quiz {...quizProps()} />);
    expect(html).toMatch(/^<div[^>]*class="quiz-app"/);
    expect(html).toContain('Question 1 of 5');
    expect(html).toMatch(/<input[^>]*type="radio"/);
    expect(html).toMatch(/<button[^>]*disabled[^>]*>Check my answer<\/button>/);
  });

  it('never reads saved progress on the server (the browser renders it after mount)', () => {
    quizProgress(testQuiz.id).set({ ...emptyProgress(), current: 2 });
    const html = renderToString(() => <Quiz {...quizProps()} />);
    expect(html).toContain('Question 1 of 5');
    expect(html).not.toContain('data-ready');
  });
});
