// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyProgress } from '../../lib/quiz/progress';
import { decodeTicket } from '../../lib/tickets/ticket';
import { progressKey, quizProgress } from '../../stores/quiz-progress';
import { SHARED_KEY } from '../../stores/shared-device';
import EndScreen from './EndScreen';
import { testQuiz, testStrings as s } from './test-quiz';

const KEY = progressKey(testQuiz.id);
const answers = { 'single-q': ['b'], 'order-q': ['keep', 'stop', 'tell'], 'feel-q': 'I felt scared at home' };

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
      answers={answers}
      attempt="k3x9pa"
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

  it('shows the exit ticket on request: a QR code and the same code to type, with the answers and nothing private', async () => {
    renderEnd();
    fireEvent.click(screen.getByRole('button', { name: s.ticketShow }));
    const heading = await screen.findByRole('heading', { name: s.ticketTitle });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    const code = document.querySelector('[data-ticket-code]')?.textContent ?? '';
    const decoded = decodeTicket(testQuiz, code);
    expect(decoded.ok && decoded.ticket.answers).toEqual({
      'single-q': { kind: 'choice', options: ['b'] },
      'order-q': { kind: 'step', step: 1, steps: 3 },
      'sort-q': { kind: 'none' },
      'story-q': { kind: 'none' },
    });
    const qr = await screen.findByRole('img', { name: s.ticketQr });
    expect(qr.querySelector('svg path')?.getAttribute('d')).toMatch(/^M/);
    expect(screen.getByText(`Code to type: ${[...code].join(' ')}`)).toBeTruthy();
    expect(document.body.textContent).not.toContain('scared');
    fireEvent.click(screen.getByRole('button', { name: s.ticketHide }));
    expect(screen.queryByRole('heading', { name: s.ticketTitle })).toBeNull();
    expect(screen.getByRole('button', { name: s.ticketShow })).toBeTruthy();
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
