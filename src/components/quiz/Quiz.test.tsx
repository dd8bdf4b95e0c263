// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { restartQuiz } from '../../stores/quiz-progress';
import Quiz from './Quiz';
import { testQuiz, testStrings } from './test-quiz';

afterEach(() => {
  cleanup();
  restartQuiz(testQuiz.id);
  localStorage.clear();
});

const renderQuiz = () => render(() => <Quiz quiz={testQuiz} lang="en" strings={testStrings} />);

describe('<Quiz>', () => {
  it('shows each question as a labelled group with its count', () => {
    renderQuiz();
    expect(screen.getByRole('radiogroup', { name: /Question 1 of 2.*What helps first\?/ })).toBeTruthy();
    expect(screen.getByRole('radiogroup', { name: /Question 2 of 2.*never your fault/ })).toBeTruthy();
  });

  it('checks an answer, shows per-option feedback and the explanation, and saves it', async () => {
    renderQuiz();
    const group = screen.getByRole('radiogroup', { name: /Question 1/ });
    const check = group.querySelector('button')!;
    expect(check.disabled).toBe(true);
    fireEvent.click(screen.getByLabelText('Pay'));
    expect(check.disabled).toBe(false);
    fireEvent.click(check);
    const status = await screen.findByText('Not quite. That\'s fine: here is why.');
    expect(status.closest('[role="status"]')).toBeTruthy();
    expect(screen.getByText('Paying rarely stops it.')).toBeTruthy();
    expect(screen.getByText('Yes: help starts here.')).toBeTruthy();
    expect(screen.getByText('Telling someone you trust brings help.')).toBeTruthy();
    expect(JSON.parse(localStorage.getItem('balise:v1:quiz:component-test')!)).toMatchObject({
      answers: { 'first-step': ['pay'] },
      checked: ['first-step'],
    });
  });

  it('shows the score at the end and starts again', async () => {
    renderQuiz();
    fireEvent.click(screen.getByLabelText(/Tell someone/));
    fireEvent.click(screen.getAllByRole('button', { name: 'Check my answer' })[0]!);
    fireEvent.click(screen.getByLabelText('True'));
    fireEvent.click(screen.getByRole('button', { name: 'Check my answer' }));
    expect(await screen.findByText('Your score: 2 out of 2.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getAllByRole('button', { name: 'Check my answer' })).toHaveLength(2);
    expect(localStorage.getItem('balise:v1:quiz:component-test')).toBeNull();
  });

  it('resumes saved progress after a reload', () => {
    const saved = { version: 1, answers: { 'first-step': ['tell'] }, checked: ['first-step'], completed: false, score: null, updatedAt: '' };
    localStorage.setItem('balise:v1:quiz:resume-test', JSON.stringify(saved));
    render(() => <Quiz quiz={{ ...testQuiz, id: 'resume-test' }} lang="en" strings={testStrings} />);
    expect(screen.getByText("Well done, that's right.")).toBeTruthy();
    expect((screen.getByLabelText(/Tell someone/) as HTMLInputElement).checked).toBe(true);
    expect(screen.getAllByRole('button', { name: 'Check my answer' })).toHaveLength(1);
  });

  it('starts fresh when the saved data is corrupted', () => {
    localStorage.setItem('balise:v1:quiz:corrupted-test', 'not json at all');
    render(() => <Quiz quiz={{ ...testQuiz, id: 'corrupted-test' }} lang="en" strings={testStrings} />);
    expect(screen.getAllByRole('button', { name: 'Check my answer' })).toHaveLength(2);
    fireEvent.click(screen.getByLabelText('Pay'));
    expect(localStorage.getItem('balise:v1:quiz:corrupted-test')).toContain('"pay"');
  });
});
