import { describe, expect, it } from 'vitest';
import { emptyRecord } from './class-record';
import { storedClasses } from './stored-classes';
import { classQuiz } from './test-class';

describe('storedClasses', () => {
  it('lists class results with their tickets and date, newest first, and nothing else', () => {
    const fiveA = { ...emptyRecord(classQuiz, '5A', new Date('2026-12-01T10:00:00Z')), codes: ['A', 'B'] };
    const sixB = {
      ...emptyRecord(classQuiz, '6 B', new Date('2026-12-02T10:00:00Z')),
      paper: { columns: ['single-q'], rows: [['a'], [''], ['b']] },
    };
    const list = storedClasses([
      { key: 'balise:v1:class:class-quiz:5A', value: JSON.stringify(fiveA) },
      { key: 'balise:v1:class:class-quiz:6%20B', value: JSON.stringify(sixB) },
      { key: 'balise:v1:class:class-quiz:broken', value: '{' },
      { key: 'balise:v1:quiz:class-quiz', value: '{}' },
    ]);
    expect(list.map((c) => [c.label, c.tickets, c.updated.slice(0, 10)])).toEqual([
      ['6 B', 2, '2026-12-02'],
      ['5A', 2, '2026-12-01'],
      ['broken', 0, ''],
    ]);
    expect(list[0]!.quizId).toBe('class-quiz');
  });
  it('takes only keys that are a class key from start to end', () => {
    const value = JSON.stringify(emptyRecord(classQuiz, '5A', new Date('2026-12-01T10:00:00Z')));
    expect(
      storedClasses([
        { key: 'backup:balise:v1:class:class-quiz:5A', value },
        { key: 'balise:v1:class:class-quiz:5A\nold', value },
      ]),
    ).toEqual([]);
  });
});
