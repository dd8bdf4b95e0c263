// @vitest-environment jsdom
import { cleanup, render, screen } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { stringsWithPrefix } from '../../i18n';
import { scoredCount } from '../../lib/quiz/score';
import { testQuiz } from '../quiz/test-quiz';
import ProgressPanel from './ProgressPanel';

const done = JSON.stringify({
  version: 2,
  attempt: 'a',
  current: 5,
  answers: {},
  checked: [],
  completed: true,
  score: 1.8,
  updatedAt: '',
});

afterEach(() => {
  cleanup();
  localStorage.clear();
});

const known = (lang: string) => [
  {
    id: testQuiz.id,
    title: 'Test lesson',
    href: `/${lang}/lessons/test/`,
    questionCount: testQuiz.questions.length,
    scoredCount: scoredCount(testQuiz.questions),
  },
];

describe('<ProgressPanel>', () => {
  it('says the score as the end screen does: out of the scored questions, in the language of the page', () => {
    localStorage.setItem(`balise:v1:quiz:${testQuiz.id}`, done);
    render(() => (
      <ProgressPanel quizzes={known('fr')} lang="fr" locale="fr-BE" base="/" strings={stringsWithPrefix('fr', 'progress.')} />
    ));
    expect(screen.getByText('Quiz terminé : 1,8 sur 4')).toBeTruthy();
  });

  it('writes the score the English way on an English page', () => {
    localStorage.setItem(`balise:v1:quiz:${testQuiz.id}`, done);
    render(() => (
      <ProgressPanel quizzes={known('en')} lang="en" locale="en-GB" base="/" strings={stringsWithPrefix('en', 'progress.')} />
    ));
    expect(screen.getByText('Quiz finished: 1.8 out of 4')).toBeTruthy();
  });
});
