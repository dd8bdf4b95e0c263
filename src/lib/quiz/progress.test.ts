import { describe, expect, it } from 'vitest';
import { checkQuestion, chooseOptions, decodeProgress, emptyProgress, encodeProgress } from './progress';

const now = new Date('2026-11-28T10:00:00Z');
const scoreOf = (answers: Record<string, string[]>) => Object.keys(answers).length;

describe('quiz progress', () => {
  it('round-trips through its saved form', () => {
    const progress = chooseOptions(emptyProgress(), 'q1', ['a'], now);
    expect(decodeProgress(encodeProgress(progress))).toEqual(progress);
  });

  it('does not store untouched progress', () => {
    expect(encodeProgress(emptyProgress())).toBeUndefined();
  });

  it.each([
    ['not JSON', '{"version":1,'],
    ['JSON null', 'null'],
    ['an array', '[1,2]'],
    ['another version', JSON.stringify({ ...emptyProgress(), version: 99 })],
    ['answers of the wrong shape', JSON.stringify({ ...emptyProgress(), answers: { q1: 'a' } })],
    ['checked of the wrong shape', JSON.stringify({ ...emptyProgress(), checked: 'q1' })],
  ])('reads %s as empty progress instead of crashing', (_case, raw) => {
    expect(decodeProgress(raw)).toEqual(emptyProgress());
  });

  it('keeps a checked answer fixed', () => {
    let progress = chooseOptions(emptyProgress(), 'q1', ['a'], now);
    progress = checkQuestion(progress, 'q1', ['q1', 'q2'], scoreOf, now);
    expect(chooseOptions(progress, 'q1', ['b'], now).answers['q1']).toEqual(['a']);
  });

  it('does not check a question without an answer', () => {
    expect(checkQuestion(emptyProgress(), 'q1', ['q1'], scoreOf, now)).toEqual(emptyProgress());
  });

  it('completes the quiz with its score when the last question is checked', () => {
    let progress = chooseOptions(emptyProgress(), 'q1', ['a'], now);
    progress = checkQuestion(progress, 'q1', ['q1', 'q2'], scoreOf, now);
    expect(progress).toMatchObject({ completed: false, score: null });
    progress = chooseOptions(progress, 'q2', ['b'], now);
    progress = checkQuestion(progress, 'q2', ['q1', 'q2'], scoreOf, now);
    expect(progress).toMatchObject({ completed: true, score: 2, checked: ['q1', 'q2'] });
  });
});
