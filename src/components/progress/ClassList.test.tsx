// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { stringsWithPrefix } from '../../i18n';
import { emptyRecord } from '../../lib/class-results/class-record';
import { scoredCount } from '../../lib/quiz/score';
import { classKey } from '../../stores/class-results';
import { testQuiz } from '../quiz/test-quiz';
import ProgressPanel from './ProgressPanel';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

const known = [
  {
    id: testQuiz.id,
    title: 'Test lesson',
    href: '/en/lessons/test/',
    questionCount: testQuiz.questions.length,
    scoredCount: scoredCount(testQuiz.questions),
    classHref: '/en/teachers/test/class/',
  },
];

const keep = (label: string, codes: string[]) =>
  localStorage.setItem(
    classKey(testQuiz.id, label),
    JSON.stringify({ ...emptyRecord(testQuiz, label, new Date('2026-12-03T10:00:00Z')), codes }),
  );

const panel = () =>
  render(() => (
    <ProgressPanel quizzes={known} lang="en" locale="en-GB" base="/" strings={stringsWithPrefix('en', 'progress.')} />
  ));

describe('class results on the progress page', () => {
  it('lists each class with its lesson, tickets and date, and erases one', () => {
    keep('5A', ['A', 'B', 'C']);
    keep('6B', ['D']);
    panel();
    expect(screen.getByText('Test lesson, class 5A: 3 tickets, 3 Dec 2026')).toBeTruthy();
    expect(screen.getAllByRole('link', { name: 'Test lesson' })[0]!.getAttribute('href')).toBe('/en/teachers/test/class/');
    fireEvent.click(screen.getByRole('button', { name: 'Erase class 5A of Test lesson' }));
    expect(screen.queryByText(/class 5A/)).toBeNull();
    expect(localStorage.getItem(classKey(testQuiz.id, '5A'))).toBeNull();
    expect(localStorage.getItem(classKey(testQuiz.id, '6B'))).not.toBeNull();
  });

  it('goes with "erase everything", and is not listed as an unknown entry', () => {
    keep('5A', ['A']);
    panel();
    expect(screen.queryByText(classKey(testQuiz.id, '5A'))).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Erase everything' }));
    expect(screen.queryByText(/class 5A/)).toBeNull();
    expect(localStorage.length).toBe(0);
  });
});
