// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyProgress } from '../../lib/quiz/progress';
import { progressKey, quizProgress } from '../../stores/quiz-progress';
import { SHARED_KEY } from '../../stores/shared-device';
import EndScreen from './EndScreen';
import { testQuiz, testStrings as s } from './test-quiz';

const KEY = progressKey(testQuiz.id);

function renderEnd(onRetry = vi.fn()) {
  render(() => (
    <EndScreen
      quiz={testQuiz}
      score="4"
      total={5}
      questions={testQuiz.questions}
      missed={[]}
      help={[]}
      helpHref="/en/help/"
      focusOnMount={false}
      strings={s}
      onReview={() => {}}
      onRetry={onRetry}
    />
  ));
  return onRetry;
}

afterEach(() => {
  cleanup();
  quizProgress(testQuiz.id).set(emptyProgress());
  localStorage.clear();
  sessionStorage.clear();
});

describe('<EndScreen>', () => {
  it('says the score in words and links to what to remember', () => {
    renderEnd();
    expect(screen.getByText('You got 4 out of 5 right.')).toBeTruthy();
    expect(screen.getByRole('link', { name: s.rememberLink }).getAttribute('href')).toBe('#remember');
    expect(screen.queryByText(s.shared)).toBeNull();
  });

  it('"I\'m done" clears this quiz\'s answers on the device, confirms, and offers a fresh start', () => {
    localStorage.setItem(KEY, JSON.stringify({ ...emptyProgress(), answers: { r: 'my reflection' }, completed: true }));
    localStorage.setItem(progressKey('another-quiz'), '{}');
    const onRetry = renderEnd();
    fireEvent.click(screen.getByRole('button', { name: s.clear }));
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(localStorage.getItem(progressKey('another-quiz'))).toBe('{}');
    expect(screen.getByRole('status').textContent).toBe(s.cleared);
    expect(screen.queryByText('You got 4 out of 5 right.')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: s.start }));
    expect(onRetry).toHaveBeenCalledWith(false);
  });

  it('on a shared device, says so and forgets the quiz when the pupil leaves the page', () => {
    sessionStorage.setItem(SHARED_KEY, '1');
    quizProgress(testQuiz.id).set({ ...emptyProgress(), answers: { r: ['a'] }, checked: ['r'], completed: true });
    renderEnd();
    expect(screen.getByText(s.shared)).toBeTruthy();
    dispatchEvent(new Event('pagehide'));
    expect(quizProgress(testQuiz.id).get()).toMatchObject({ answers: {}, checked: [], completed: false });
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('on a personal device, keeps the quiz when the pupil leaves', () => {
    quizProgress(testQuiz.id).set({ ...emptyProgress(), answers: { r: ['a'] }, checked: ['r'], completed: true });
    renderEnd();
    dispatchEvent(new Event('pagehide'));
    expect(quizProgress(testQuiz.id).get().answers).toEqual({ r: ['a'] });
  });
});
