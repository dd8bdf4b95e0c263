import { describe, expect, it } from 'vitest';
import { summarizeDeviceData } from './device-summary';

const known = [{ id: 'sextortion', title: 'Sextortion', href: '/en/lessons/sextortion/', questionCount: 8, scoredCount: 7 }];

describe('summarizeDeviceData', () => {
  it('names saved quizzes by their lesson and says how far the pupil got', () => {
    const started = JSON.stringify({
      version: 2,
      attempt: 'a',
      current: 2,
      answers: { q1: ['a'] },
      checked: ['q1', 'q2'],
      completed: false,
      score: null,
      updatedAt: '',
    });
    const done = JSON.stringify({ version: 1, answers: {}, checked: ['q1'], completed: true, score: 5.5, updatedAt: '' });
    expect(
      summarizeDeviceData(
        [
          { key: 'balise:v1:quiz:sextortion', value: started },
          { key: 'balise:v1:quiz:retired', value: done },
          { key: 'balise:v1:prefs', value: '{}' },
          { key: 'balise:v1:class:sextortion:5A', value: '{}' },
        ],
        known,
      ),
    ).toEqual({
      quizzes: [
        {
          key: 'balise:v1:quiz:sextortion',
          title: 'Sextortion',
          href: '/en/lessons/sextortion/',
          checked: 2,
          total: 8,
          scored: 7,
          completed: false,
          score: null,
        },
        {
          key: 'balise:v1:quiz:retired',
          title: undefined,
          href: undefined,
          checked: 1,
          total: 1,
          scored: 1,
          completed: true,
          score: 5.5,
        },
      ],
      other: ['balise:v1:prefs'],
    });
  });
});

describe('summarizeDeviceData: keys', () => {
  it('recognises the progress of any storage version, and lists every other key as it is', () => {
    const entries = ['balise:v12:quiz:sextortion', 'balise:vx:quiz:a', 'old-balise:v1:quiz:a', 'balise:v1:quiz:'].map((key) => ({
      key,
      value: 'not JSON',
    }));
    const { quizzes, other } = summarizeDeviceData(entries, known);
    expect(quizzes).toEqual([
      {
        key: 'balise:v12:quiz:sextortion',
        title: 'Sextortion',
        href: '/en/lessons/sextortion/',
        checked: 0,
        total: 8,
        scored: 7,
        completed: false,
        score: null,
      },
    ]);
    expect(other).toEqual(['balise:vx:quiz:a', 'old-balise:v1:quiz:a', 'balise:v1:quiz:']);
  });
});

describe('summarizeDeviceData: odd keys', () => {
  it('lists by its key an entry whose key goes on after a line break, rather than as a quiz', () => {
    const { quizzes, other } = summarizeDeviceData([{ key: 'balise:v1:quiz:sextortion\nold', value: '{}' }], known);
    expect(quizzes).toEqual([]);
    expect(other).toEqual(['balise:v1:quiz:sextortion\nold']);
  });
});
