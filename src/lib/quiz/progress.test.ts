import { describe, expect, it } from 'vitest';
import { checkQuestion, decodeProgress, emptyProgress, encodeProgress, goTo, setAnswer } from './progress';
import { scenario } from './test-questions';
import { answerAll, now, questions } from './test-progress';

describe('quiz progress', () => {
  it('round-trips through its saved form, and stores nothing when untouched', () => {
    const progress = setAnswer(emptyProgress('seed'), 'sort-q', { asks: 'green' }, now);
    expect(decodeProgress(encodeProgress(progress))).toEqual(progress);
    expect(encodeProgress(emptyProgress())).toBeUndefined();
  });

  it('a reload keeps a reflection answer, the story path and the question on screen', () => {
    let progress = setAnswer(emptyProgress('seed'), 'feel-q', 'I felt fine', now);
    progress = setAnswer(progress, 'story-q', ['tell'], now);
    progress = checkQuestion(progress, 'story-q', [scenario], now);
    progress = goTo(progress, 2, 3, now);
    const reloaded = decodeProgress(encodeProgress(progress));
    expect(reloaded).toEqual(progress);
    expect(reloaded).toMatchObject({ current: 2, completed: true, score: 1, answers: { 'feel-q': 'I felt fine' } });
  });

  it('stores progress that only moved to another question', () => {
    const moved = goTo(emptyProgress(), 1, 3, now);
    expect(decodeProgress(encodeProgress(moved)).current).toBe(1);
  });

  it.each([
    ['not a whole number', 1.5],
    ['negative', -1],
    ['not a number', '2'],
  ])('reads a current question that is %s as the first question', (_case, current) => {
    const raw = JSON.stringify({ ...emptyProgress('seed'), answers: { q1: ['a'] }, current });
    expect(decodeProgress(raw)).toMatchObject({ current: 0, attempt: 'seed', answers: { q1: ['a'] } });
  });

  it('reads a missing seed, score or date as their defaults, and keeps a finished score', () => {
    const raw = JSON.stringify({ version: 2, answers: {}, checked: [], completed: true, score: 0.5, current: 1 });
    expect(decodeProgress(raw)).toEqual({ ...emptyProgress(), completed: true, score: 0.5, current: 1 });
    const odd = JSON.stringify({ ...emptyProgress(), attempt: 7, score: 'full', updatedAt: 3, completed: 'yes' });
    expect(decodeProgress(odd)).toEqual(emptyProgress());
  });

  it('saves a reflection checked without an answer', () => {
    const checked = checkQuestion(emptyProgress(), 'feel-q', questions, now);
    expect(decodeProgress(encodeProgress(checked))).toEqual(checked);
  });

  it('does not rewrite progress when the pupil stays on the same question', () => {
    const progress = goTo(emptyProgress(), 1, 3, now);
    expect(goTo(progress, 1, 3, new Date('2026-11-29T10:00:00Z'))).toBe(progress);
  });

  it.each([
    ['nothing', undefined],
    ['a newer version', JSON.stringify({ ...emptyProgress(), version: 3, answers: { q1: ['a'] }, current: 1 })],
    ['checked ids that are not text', JSON.stringify({ ...emptyProgress(), checked: [1] })],
    ['a sorting answer with a non-text category', JSON.stringify({ ...emptyProgress(), answers: { q1: { a: 'x', b: 1 } } })],
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
});
