import { describe, expect, it } from 'vitest';
import { checkQuestion, emptyProgress, goTo, setAnswer } from './progress';
import { missedQuestions, startAgain } from './retry';
import { choice, ordering, reflection } from './test-questions';
import { answerAll, now, questions } from './test-progress';

describe('trying a quiz again', () => {
  it('does not count a question as missed before it is checked, nor a reflection ever', () => {
    let progress = setAnswer(emptyProgress(), 'single-q', ['b'], now);
    progress = setAnswer(progress, 'feel-q', 'ok', now);
    progress = checkQuestion(progress, 'feel-q', questions, now);
    expect(missedQuestions(progress, questions)).toEqual([]);
  });

  it('lists the missed questions and retries only them', () => {
    const done = answerAll();
    expect(missedQuestions(done, questions)).toEqual(['single-q']);
    const retry = startAgain(done, questions, 'seed-2', now, ['single-q']);
    expect(retry).toMatchObject({ attempt: 'seed-2', current: 0, completed: false, score: null, checked: ['order-q', 'feel-q'] });
    expect(retry.answers).toEqual({ 'order-q': ['stop', 'keep', 'tell'], 'feel-q': 'ok' });
  });

  it('"try again, only the missed ones" opens the first missed question', () => {
    const quiz = [reflection, choice('single', ['a']), ordering];
    let done = setAnswer(emptyProgress(), 'feel-q', 'ok', now);
    done = setAnswer(done, 'single-q', ['a'], now);
    done = setAnswer(done, 'order-q', ['tell', 'keep', 'stop'], now);
    for (const question of quiz) done = checkQuestion(done, question.id, quiz, now);
    done = goTo(done, 3, 3, now);
    expect(missedQuestions(done, quiz)).toEqual(['order-q']);
    const retry = startAgain(done, quiz, 'seed-2', now, missedQuestions(done, quiz));
    expect(retry).toMatchObject({ current: 2, checked: ['feel-q', 'single-q'], updatedAt: now.toISOString() });
    expect(retry.answers).toEqual({ 'feel-q': 'ok', 'single-q': ['a'] });
  });

  it('starts a whole new attempt', () => {
    expect(startAgain(answerAll(), questions, 'seed-3', now)).toMatchObject({
      ...emptyProgress('seed-3'),
      updatedAt: now.toISOString(),
    });
  });
});
