// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@solidjs/testing-library';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { choice } from '../../lib/quiz/test-questions';
import { emptyProgress } from '../../lib/quiz/progress';
import { quizProgress } from '../../stores/quiz-progress';
import Quiz from './Quiz';
import { quizPartsLoaded, quizProps, testQuiz, testStrings as s, storesUnmounted } from './test-quiz';

const button = (name: string | RegExp) => screen.getByRole('button', { name });
const tap = (name: string | RegExp) => fireEvent.click(button(name));
const pressed = (name: string | RegExp) => button(name).getAttribute('aria-pressed');
const said = () => document.querySelector('[aria-live="polite"]')?.textContent;
const at = (current: number) => quizProgress(testQuiz.id).set({ ...emptyProgress('fixed'), current });

beforeAll(quizPartsLoaded);
afterAll(storesUnmounted);

afterEach(() => {
  cleanup();
  quizProgress(testQuiz.id).set(emptyProgress());
  localStorage.clear();
});

describe('quiz controls a 6-year-old can use', () => {
  it('sorts by tapping a card, then its group: the picked card shows pressed, a second tap puts it down', () => {
    at(2);
    render(() => <Quiz {...quizProps()} />);
    const pile = screen.getByRole('list', { name: s.toSort });
    expect(
      within(pile)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Asks before posting', 'Insists after a no']);
    expect(screen.queryByRole('combobox')).toBeNull();
    tap('Green');
    expect(within(screen.getByRole('list', { name: 'Green' })).queryAllByRole('button')).toHaveLength(0);
    tap('Asks before posting');
    expect(pressed('Asks before posting')).toBe('true');
    expect(said()).toBe('“Asks before posting” is picked. Now tap its group.');
    tap('Asks before posting');
    expect(pressed('Asks before posting')).toBe('false');
    expect(said()).toBe('“Asks before posting” is put down.');
    tap('Asks before posting');
    tap('Green');
    expect(within(screen.getByRole('list', { name: 'Green' })).getByRole('button').textContent).toBe('Asks before posting');
    expect(
      within(pile)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Insists after a no']);
    expect(said()).toBe('“Asks before posting” is in: Green.');
  });

  it('takes a placed card back out when it is tapped, to move it to another group', async () => {
    at(2);
    render(() => <Quiz {...quizProps()} />);
    tap('Insists after a no');
    tap('Green');
    expect(quizProgress(testQuiz.id).get().answers['sort-q']).toEqual({ insists: 'green' });
    tap('Insists after a no');
    expect(quizProgress(testQuiz.id).get().answers['sort-q']).toEqual({});
    expect(pressed('Insists after a no')).toBe('true');
    await Promise.resolve();
    expect(document.activeElement?.textContent).toBe('Insists after a no');
    tap('Red');
    expect(within(screen.getByRole('list', { name: 'Red' })).getByRole('button').textContent).toBe('Insists after a no');
    expect((button(s.check) as HTMLButtonElement).disabled).toBe(true);
    tap('Asks before posting');
    tap('Green');
    expect((button(s.check) as HTMLButtonElement).disabled).toBe(false);
  });

  it('orders by tapping the steps in order: numbers show, a second tap takes a step out', () => {
    at(1);
    render(() => <Quiz {...quizProps()} />);
    const number = (text: string) => button(new RegExp(text)).querySelector('.order-number')?.textContent;
    tap(/Keep the evidence/);
    tap(/Stop replying/);
    expect([number('Keep the evidence'), number('Stop replying'), number('Tell someone')]).toEqual(['1', '2', '']);
    expect((button(s.check) as HTMLButtonElement).disabled).toBe(true);
    tap(/Keep the evidence/);
    expect(said()).toBe('“Keep the evidence” is taken out.');
    expect(pressed(/Keep the evidence/)).toBe('false');
    expect([number('Keep the evidence'), number('Stop replying')]).toEqual(['', '1']);
    tap(/Keep the evidence/);
    expect(said()).toBe('“Keep the evidence” is number 2.');
    tap(/Tell someone/);
    expect(button(/Tell someone\s*\(number 3\)/)).toBeTruthy();
    tap(s.check);
    expect(screen.getByText('Right order.')).toBeTruthy();
  });

  it('chooses a single-choice or true/false answer with one tap, then "check"; another tap changes it', () => {
    const quiz = { id: 'one-tap', questions: [choice('true-false', ['a'], ['a', 'b'])] };
    render(() => <Quiz {...quizProps(quiz)} />);
    const check = button(s.check) as HTMLButtonElement;
    expect(check.disabled).toBe(true);
    fireEvent.click(screen.getByText('Option b'));
    expect((screen.getByRole('radio', { name: 'Option b' }) as HTMLInputElement).checked).toBe(true);
    expect(check.disabled).toBe(false);
    fireEvent.click(screen.getByText('Option a'));
    expect((screen.getByRole('radio', { name: 'Option b' }) as HTMLInputElement).checked).toBe(false);
    tap(s.check);
    expect(screen.getByText(s.right)).toBeTruthy();
  });

  it('gives 6-8 one short sentence after an answer, and the explanation behind "tell me more"', () => {
    const quiz = { id: 'short-feedback', questions: [choice('single', ['b'], ['a', 'b'])] };
    render(() => <Quiz {...quizProps(quiz)} shortFeedback />);
    fireEvent.click(screen.getByText('Option a'));
    tap(s.check);
    const feedback = screen.getByRole('status');
    expect(within(feedback).getByText(s.wrong)).toBeTruthy();
    expect(within(feedback).getByText('About a')).toBeTruthy();
    expect(screen.queryByText('About b')).toBeNull();
    const more = within(feedback).getByText(s.tellMeMore).closest('details')!;
    expect(more.open).toBe(false);
    expect(within(more).getByText('Because.')).toBeTruthy();
    fireEvent.click(within(more).getByText(s.tellMeMore));
    expect(more.open).toBe(true);
  });

  it('keeps the full feedback for the older bands', () => {
    const quiz = { id: 'full-feedback', questions: [choice('single', ['b'], ['a', 'b'])] };
    render(() => <Quiz {...quizProps(quiz)} />);
    fireEvent.click(screen.getByText('Option a'));
    tap(s.check);
    expect(screen.queryByText(s.tellMeMore)).toBeNull();
    expect(screen.getByText('About a')).toBeTruthy();
    expect(screen.getByText('About b')).toBeTruthy();
    expect(screen.getByText('Because.')).toBeTruthy();
  });
});
