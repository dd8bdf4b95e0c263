import { describe, expect, it } from 'vitest';
import { choice, ordering, reflection, scenario, sorting } from '../quiz/test-questions';
import type { QuizView } from '../quiz/types';
import { answerKey, attemptNonce, keyFingerprint, quizTag } from './fingerprint';

const quiz: QuizView = { id: 'demo', questions: [choice('multiple', ['a', 'c']), ordering, sorting, scenario, reflection] };

describe('the answer key of a quiz', () => {
  it('lists the scored questions by id, with what makes an answer right', () => {
    expect(answerKey(quiz)).toBe(
      'multiple-q:multiple:a+,b,c+,d;' +
        'order-q:ordering:stop,keep,tell;' +
        'sort-q:sorting:asks>green,insists>red;' +
        'story-q:scenario:message.send,message.tell+,pressure.pay,pressure.tell-now+',
    );
  });

  it('changes when a right answer, an order, a category or a best choice changes', () => {
    const variants: QuizView[] = [
      { ...quiz, questions: [choice('multiple', ['a']), ordering, sorting, scenario] },
      {
        ...quiz,
        questions: [choice('multiple', ['a', 'c']), { ...ordering, items: [...ordering.items].reverse() }, sorting, scenario],
      },
      {
        ...quiz,
        questions: [
          choice('multiple', ['a', 'c']),
          ordering,
          { ...sorting, items: sorting.items.map((item) => ({ ...item, category: 'red' })) },
          scenario,
        ],
      },
      {
        ...quiz,
        questions: [
          choice('multiple', ['a', 'c']),
          ordering,
          sorting,
          {
            ...scenario,
            steps: scenario.steps.map((step) =>
              step.choices ? { ...step, choices: step.choices.map((c) => ({ ...c, best: !c.best })) } : step,
            ),
          },
        ],
      },
    ];
    const fingerprints = variants.map((variant) => keyFingerprint(variant, 32 ** 3));
    expect(new Set([...fingerprints, keyFingerprint(quiz, 32 ** 3)]).size).toBe(5);
  });

  it('names quizzes and attempts with numbers below the limit', () => {
    for (const limit of [1024, 32 ** 4]) {
      expect(quizTag('demo', limit)).toBeLessThan(limit);
      expect(attemptNonce('k3x9pa', limit)).toBeLessThan(limit);
    }
    expect(quizTag('demo', 1024)).not.toBe(quizTag('demo-2', 1024));
    expect(attemptNonce('a', 1024)).not.toBe(attemptNonce('b', 1024));
  });
});
