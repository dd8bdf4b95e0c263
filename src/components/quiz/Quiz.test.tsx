// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@solidjs/testing-library';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { quizProgress } from '../../stores/quiz-progress';
import { emptyProgress } from '../../lib/quiz/progress';
import Quiz from './Quiz';
import { quizProps, testQuiz, testStrings as s, storesUnmounted } from './test-quiz';

const KEY = 'balise:v1:quiz:component-test';
const saved = () => JSON.parse(localStorage.getItem(KEY) ?? 'null');
const click = (name: string | RegExp) => fireEvent.click(screen.getByRole('button', { name }));

afterAll(storesUnmounted);

afterEach(() => {
  cleanup();
  quizProgress(testQuiz.id).set(emptyProgress());
  localStorage.clear();
});

describe('<Quiz>', () => {
  it('shows one question at a time, with its count, progress bar and a group named by the prompt', () => {
    render(() => <Quiz {...quizProps()} />);
    expect(screen.getByText('Question 1 of 5')).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: s.progressLabel })).toBeTruthy();
    expect(screen.getByRole('radiogroup', { name: 'Which?' })).toBeTruthy();
    expect(screen.queryByText('Put the steps in order.')).toBeNull();
  });

  it('checks a choice: per-option feedback, explanation, kind verdict, saved on the device', async () => {
    render(() => <Quiz {...quizProps()} />);
    const check = screen.getByRole('button', { name: s.check }) as HTMLButtonElement;
    expect(check.disabled).toBe(true);
    fireEvent.click(screen.getByLabelText('Option a'));
    click(s.check);
    expect(await screen.findByText(s.wrong)).toBeTruthy();
    expect(screen.getByText('About a')).toBeTruthy();
    expect(screen.getByText('About b')).toBeTruthy();
    expect(screen.getByText('Because.')).toBeTruthy();
    expect(saved()).toMatchObject({ version: 2, answers: { 'single-q': ['a'] }, checked: ['single-q'] });
  });

  it('moves forward and back, and resumes on the same question after a reload', () => {
    const first = render(() => <Quiz {...quizProps()} />);
    fireEvent.click(screen.getByLabelText('Option b'));
    click(s.check);
    click(s.next);
    expect(screen.getByText('Question 2 of 5')).toBeTruthy();
    first.unmount();
    render(() => <Quiz {...quizProps()} />);
    expect(screen.getByText('Question 2 of 5')).toBeTruthy();
    click(s.back);
    expect(screen.getByText(s.right)).toBeTruthy();
  });

  it('orders steps by tapping them in order, numbered, and grades the order', () => {
    quizProgress(testQuiz.id).set({ ...emptyProgress('fixed'), current: 1 });
    render(() => <Quiz {...quizProps()} />);
    for (const text of ['Stop replying', 'Keep the evidence', 'Tell someone']) click(new RegExp(text));
    expect(screen.getByRole('button', { name: /Keep the evidence\s*\(number 2\)/ }).getAttribute('aria-pressed')).toBe('true');
    click(s.check);
    expect(screen.getByText('Right order.')).toBeTruthy();
    expect(saved().answers['order-q']).toEqual(['stop', 'keep', 'tell']);
  });

  it('sorts cards by tapping a card, then its group, and explains each placement', () => {
    quizProgress(testQuiz.id).set({ ...emptyProgress(), current: 2 });
    render(() => <Quiz {...quizProps()} />);
    click('Asks before posting');
    click('Green');
    click('Insists after a no');
    click('Green');
    click(s.check);
    expect(screen.getByText(s.partly)).toBeTruthy();
    expect(screen.getByText('It belongs in: Red')).toBeTruthy();
    expect(screen.getByText('No means no.')).toBeTruthy();
  });

  it('tells a branching story, checks itself at the end and shows the path taken', () => {
    quizProgress(testQuiz.id).set({ ...emptyProgress(), current: 3 });
    render(() => <Quiz {...quizProps()} />);
    click('Send it');
    expect(screen.getByText('The stranger asks for more.')).toBeTruthy();
    click('Tell an adult now');
    expect(screen.getByText(s.yourPath)).toBeTruthy();
    expect(screen.getByText('Sam is not alone any more.')).toBeTruthy();
    expect(screen.getByText(s.partly)).toBeTruthy();
    expect(saved().answers['story-q']).toEqual(['send', 'tell-now']);
  });

  it('keeps a reflection private and unscored', () => {
    quizProgress(testQuiz.id).set({ ...emptyProgress(), current: 4 });
    render(() => <Quiz {...quizProps()} />);
    expect(screen.getByText(s.private)).toBeTruthy();
    fireEvent.click(screen.getByLabelText('😟 Worried'));
    click(s.continue);
    expect(screen.getByText('Thank you.')).toBeTruthy();
    expect(screen.queryByText(s.right)).toBeNull();
  });

  it('ends with the score, the questions to review, help, and "try the missed ones again"', async () => {
    render(() => <Quiz {...quizProps()} />);
    fireEvent.click(screen.getByLabelText('Option a'));
    click(s.check);
    click(s.next);
    for (const step of ['Stop replying', 'Keep the evidence', 'Tell someone']) click(new RegExp(step));
    click(s.check);
    click(s.next);
    click('Asks before posting');
    click('Green');
    click('Insists after a no');
    click('Red');
    click(s.check);
    click(s.next);
    click('Tell an adult');
    click(s.next);
    click(s.continue);
    click(s.results);
    const end = await screen.findByRole('region', { name: s.endTitle });
    expect(within(end).getByText(/You got \d(\.\d)? out of 4 right\./)).toBeTruthy();
    expect(within(end).getByRole('button', { name: 'Question 1: Which?' })).toBeTruthy();
    expect(
      within(end)
        .getByRole('link', { name: /116.000/ })
        .getAttribute('href'),
    ).toBe('tel:116000');
    click(s.retryMissed);
    expect(screen.getByText('Question 1 of 5')).toBeTruthy();
    expect((screen.getByLabelText('Option a') as HTMLInputElement).checked).toBe(false);
    expect(saved().checked).not.toContain('single-q');
    expect(saved().checked).toContain('sort-q');
  });

  it('keeps working in memory when localStorage refuses to save (full, private mode)', () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    try {
      render(() => <Quiz {...quizProps({ ...testQuiz, id: 'full-storage' })} />);
      fireEvent.click(screen.getByLabelText('Option b'));
      click(s.check);
      expect(screen.getByText(s.right)).toBeTruthy();
      click(s.next);
      expect(screen.getByText('Question 2 of 5')).toBeTruthy();
      expect(localStorage.getItem('balise:v1:quiz:full-storage')).toBeNull();
    } finally {
      setItem.mockRestore();
    }
  });

  it('starts fresh when the saved data is corrupted', () => {
    localStorage.setItem('balise:v1:quiz:corrupted-test', 'not json at all');
    render(() => <Quiz {...quizProps({ ...testQuiz, id: 'corrupted-test' })} />);
    expect(screen.getByText('Question 1 of 5')).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Option a'));
    expect(localStorage.getItem('balise:v1:quiz:corrupted-test')).toContain('"a"');
  });
});
