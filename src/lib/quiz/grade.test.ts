import { describe, expect, it } from 'vitest';
import { gradeAnswer, quizScore } from './grade';
import { choice, ordering, reflection, scenario, sorting } from './test-questions';

describe('choice questions', () => {
  it('single and true/false: right only for the right option', () => {
    expect(gradeAnswer(choice('single', ['b']), ['b'])).toEqual({ correct: true, score: 1 });
    expect(gradeAnswer(choice('single', ['b']), ['a'])).toEqual({ correct: false, score: 0 });
    expect(gradeAnswer(choice('true-false', ['a'], ['a', 'b']), [])).toEqual({ correct: false, score: 0 });
  });

  it('multiple: exact set is right; partial credit subtracts wrong picks, never below 0', () => {
    const q = choice('multiple', ['a', 'b']);
    expect(gradeAnswer(q, ['b', 'a'])).toEqual({ correct: true, score: 1 });
    expect(gradeAnswer(q, ['a'])).toEqual({ correct: false, score: 0.5 });
    expect(gradeAnswer(q, ['a', 'c'])).toEqual({ correct: false, score: 0 });
    expect(gradeAnswer(q, ['a', 'b', 'c', 'd'])).toEqual({ correct: false, score: 0 });
  });

  it('counts option ids the quiz no longer has as wrong', () => {
    expect(gradeAnswer(choice('single', ['a']), ['a', 'gone']).correct).toBe(false);
  });
});

describe('ordering', () => {
  it('is right in the right order, with credit for items in their place', () => {
    expect(gradeAnswer(ordering, ['stop', 'keep', 'tell'])).toEqual({ correct: true, score: 1 });
    expect(gradeAnswer(ordering, ['stop', 'tell', 'keep'])).toEqual({ correct: false, score: 1 / 3 });
    expect(gradeAnswer(ordering, { stop: 'x' })).toEqual({ correct: false, score: 0 });
  });
});

describe('sorting', () => {
  it('is right when every item is in its category, with credit per item', () => {
    expect(gradeAnswer(sorting, { asks: 'green', insists: 'red' })).toEqual({ correct: true, score: 1 });
    expect(gradeAnswer(sorting, { asks: 'green', insists: 'green' })).toEqual({ correct: false, score: 0.5 });
    expect(gradeAnswer(sorting, ['green'])).toEqual({ correct: false, score: 0 });
  });
});

describe('scenario', () => {
  it('grades a finished path by its share of best choices', () => {
    expect(gradeAnswer(scenario, ['tell'])).toEqual({ correct: true, score: 1 });
    expect(gradeAnswer(scenario, ['send', 'tell-now'])).toEqual({ correct: false, score: 0.5 });
    expect(gradeAnswer(scenario, ['send', 'pay'])).toEqual({ correct: false, score: 0 });
  });

  it('gives nothing for an unfinished story', () => {
    expect(gradeAnswer(scenario, ['send'])).toEqual({ correct: false, score: 0 });
    expect(gradeAnswer(scenario, [])).toEqual({ correct: false, score: 0 });
  });

  it('gives nothing for a story stopped after a best choice', () => {
    const longer = {
      ...scenario,
      steps: scenario.steps.map((step) =>
        step.id === 'message'
          ? { ...step, choices: step.choices!.map((c) => (c.id === 'tell' ? { ...c, next: 'pressure' } : c)) }
          : step,
      ),
    };
    expect(gradeAnswer(longer, ['tell'])).toEqual({ correct: false, score: 0 });
    expect(gradeAnswer(longer, ['tell', 'tell-now'])).toEqual({ correct: true, score: 1 });
  });
});

describe('quizScore', () => {
  it('sums scored questions to one decimal and leaves reflections out', () => {
    const questions = [choice('multiple', ['a', 'b', 'c']), ordering, reflection];
    expect(quizScore(questions, { 'multiple-q': ['a'], 'order-q': ['stop', 'keep', 'tell'], 'feel-q': 'ok' })).toEqual({
      score: 1.3,
      total: 2,
    });
  });
});

describe('reflection and missing answers', () => {
  it('never marks a reflection wrong, and never scores it', () => {
    expect(gradeAnswer(reflection, 'anything')).toEqual({ correct: true, score: 0 });
  });

  it('grades a question with no answer yet as wrong, for every type', () => {
    for (const question of [choice('single', ['a']), ordering, sorting, scenario]) {
      expect(gradeAnswer(question, undefined)).toEqual({ correct: false, score: 0 });
    }
  });
});
