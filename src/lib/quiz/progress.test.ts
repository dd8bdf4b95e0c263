import { describe, expect, it } from 'vitest';
import {
  checkQuestion,
  decodeProgress,
  emptyProgress,
  encodeProgress,
  goTo,
  missedQuestions,
  setAnswer,
  startAgain,
} from './progress';
import { choice, ordering, reflection } from './test-questions';

const now = new Date('2026-11-28T10:00:00Z');
const questions = [choice('single', ['a']), ordering, reflection];
const answerAll = () => {
  let p = setAnswer(emptyProgress(), 'single-q', ['b'], now);
  p = checkQuestion(p, 'single-q', questions, now);
  p = setAnswer(p, 'order-q', ['stop', 'keep', 'tell'], now);
  p = checkQuestion(p, 'order-q', questions, now);
  p = setAnswer(p, 'feel-q', 'ok', now);
  return checkQuestion(p, 'feel-q', questions, now);
};

describe('quiz progress', () => {
  it('round-trips through its saved form, and stores nothing when untouched', () => {
    const progress = setAnswer(emptyProgress('seed'), 'sort-q', { asks: 'green' }, now);
    expect(decodeProgress(encodeProgress(progress))).toEqual(progress);
    expect(encodeProgress(emptyProgress())).toBeUndefined();
  });

  it.each([
    ['nothing', undefined],
    ['not JSON', '{"version":2,'],
    ['JSON null', 'null'],
    ['an array', '[1,2]'],
    ['an unknown version', JSON.stringify({ ...emptyProgress(), version: 99 })],
    ['answers of the wrong shape', JSON.stringify({ ...emptyProgress(), answers: { q1: 42 } })],
    ['checked of the wrong shape', JSON.stringify({ ...emptyProgress(), checked: 'q1' })],
  ])('reads %s as empty progress instead of crashing', (_case, raw) => {
    expect(decodeProgress(raw)).toEqual(emptyProgress());
  });

  it('migrates version 1 progress, keeping the answers', () => {
    const v1 = { version: 1, answers: { q1: ['a'] }, checked: ['q1'], completed: false, score: null, updatedAt: 'then' };
    expect(decodeProgress(JSON.stringify(v1))).toEqual({ ...v1, version: 2, attempt: 'v1', current: 0 });
  });

  it('keeps a checked answer fixed, and does not check an unknown question', () => {
    const checked = checkQuestion(setAnswer(emptyProgress(), 'single-q', ['a'], now), 'single-q', questions, now);
    expect(setAnswer(checked, 'single-q', ['b'], now).answers['single-q']).toEqual(['a']);
    expect(checkQuestion(checked, 'nope', questions, now)).toBe(checked);
  });

  it('completes with the score of the scored questions when the last one is checked', () => {
    expect(answerAll()).toMatchObject({ completed: true, score: 1, checked: ['single-q', 'order-q', 'feel-q'] });
  });

  it('moves between questions and to the end screen, within bounds', () => {
    expect(goTo(emptyProgress(), 2, 3, now).current).toBe(2);
    expect(goTo(emptyProgress(), 9, 3, now).current).toBe(3);
    expect(goTo(emptyProgress(), -1, 3, now).current).toBe(0);
  });

  it('lists the missed questions and retries only them', () => {
    const done = answerAll();
    expect(missedQuestions(done, questions)).toEqual(['single-q']);
    const retry = startAgain(done, questions, 'seed-2', now, ['single-q']);
    expect(retry).toMatchObject({ attempt: 'seed-2', current: 0, completed: false, score: null, checked: ['order-q', 'feel-q'] });
    expect(retry.answers).toEqual({ 'order-q': ['stop', 'keep', 'tell'], 'feel-q': 'ok' });
  });

  it('starts a whole new attempt', () => {
    expect(startAgain(answerAll(), questions, 'seed-3', now)).toMatchObject({
      ...emptyProgress('seed-3'),
      updatedAt: now.toISOString(),
    });
  });
});
