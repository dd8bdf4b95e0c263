import { describe, expect, it } from 'vitest';
import { classSummary, REVISIT_BELOW } from './summary';
import { classQuiz, ticket } from './test-class';

const pick = (...options: string[]) => ({ kind: 'choice' as const, options });
const step = (value: number, steps: number) => ({ kind: 'step' as const, step: value, steps });

// Three pupils: one nearly perfect, one half right, one who left everything blank.
const tickets = [
  ticket(1, {
    'single-q': pick('b'),
    'multiple-q': pick('a', 'c'),
    'true-false-q': pick('a'),
    'order-q': step(3, 3),
    'sort-q': step(2, 2),
    'story-q': step(5, 10),
  }),
  ticket(2, {
    'single-q': pick('c'),
    'multiple-q': pick('a', 'd'),
    'true-false-q': pick('a'),
    'order-q': step(1, 3),
    'sort-q': step(2, 2),
    'story-q': step(10, 10),
  }),
  ticket(3, {}),
];

describe('classSummary', () => {
  // Computed inside each test (not when the file is collected), so that mutation testing sees
  // which test runs which line.
  const summarize = () => classSummary(classQuiz, tickets);
  const question = (id: string) => summarize().questions.find((q) => q.id === id)!;

  it('counts the tickets, leaves the reflection out and averages on the pupil scale', () => {
    const summary = summarize();
    expect(summary.tickets).toBe(3);
    expect(summary.scored).toBe(6);
    expect(summary.questions.map((q) => q.id)).not.toContain('feel-q');
    // Scores: 1+1+1+1+1+0.5 = 5.5; 0+0+1+1/3+1+1 = 3.3; 0 → mean 2.93 → 2.9.
    expect(summary.average).toBe(2.9);
  });

  it('gives the share right, blanks and the distribution of a single-choice question', () => {
    const single = question('single-q');
    expect(single.right).toBe(1);
    expect(single.shareRight).toBeCloseTo(1 / 3);
    expect(single.blank).toBe(1);
    expect(single.distribution.map((bar) => [bar.label, bar.count, bar.right])).toEqual([
      ['A', 0, false],
      ['B', 1, true],
      ['C', 1, false],
      ['D', 0, false],
    ]);
    expect(single.commonWrong).toBe('c');
    expect(single.revisit).toBe(true);
  });

  it('counts a multiple-choice ticket once per ticked option, the distractor being the common wrong answer', () => {
    const multiple = question('multiple-q');
    expect(multiple.distribution.map((bar) => bar.count)).toEqual([2, 0, 1, 1]);
    expect(multiple.commonWrong).toBe('d');
  });

  it('shows a true/false question by its options, like a single choice', () => {
    const trueFalse = question('true-false-q');
    expect(trueFalse.distribution.map((bar) => [bar.label, bar.text, bar.count, bar.right])).toEqual([
      ['A', 'Option a', 2, true],
      ['B', 'Option b', 0, false],
    ]);
  });

  it('groups step questions by score step, full marks first', () => {
    const order = question('order-q');
    expect(order.distribution.map((bar) => [bar.label, bar.count])).toEqual([
      ['3/3', 1],
      ['2/3', 0],
      ['1/3', 1],
      ['0/3', 0],
    ]);
    expect(order.commonWrong).toBe('1/3');
    const sort = question('sort-q');
    expect(sort.right).toBe(2);
    expect(sort.commonWrong).toBeUndefined();
    expect(sort.revisit).toBe(false);
    expect(sort.distribution.map((bar) => [bar.label, bar.count])).toEqual([
      ['2/2', 2],
      ['1/2', 0],
      ['0/2', 0],
    ]);
    expect(question('story-q').distribution).toHaveLength(11);
  });

  it(`marks for revisiting what fewer than ${REVISIT_BELOW * 100} % got right`, () => {
    const summary = summarize();
    expect(summary.questions.filter((q) => q.revisit).map((q) => q.id)).toEqual(['single-q', 'multiple-q', 'order-q', 'story-q']);
    // Two out of three right (67 %) is not to revisit.
    expect(question('true-false-q').revisit).toBe(false);
  });

  it('does not mark a question exactly at the threshold (3 of 5 right is 60 %)', () => {
    const five = [1, 2, 3, 4, 5].map((nonce) => ticket(nonce, { 'single-q': pick(nonce <= 3 ? 'b' : 'a') }));
    const single = classSummary(classQuiz, five).questions[0]!;
    expect(single.shareRight).toBe(0.6);
    expect(single.revisit).toBe(false);
  });

  it('gives zeros and nothing to revisit with no ticket', () => {
    const empty = classSummary(classQuiz, []);
    expect(empty.average).toBe(0);
    expect(empty.questions.every((q) => q.shareRight === 0 && !q.revisit && q.commonWrong === undefined)).toBe(true);
  });

  it('gives a tie for the most common wrong answer to the first in the list', () => {
    const tied = [ticket(1, { 'single-q': pick('a') }), ticket(2, { 'single-q': pick('c') })];
    expect(classSummary(classQuiz, tied).questions[0]!.commonWrong).toBe('a');
    const more = [...tied, ticket(3, { 'single-q': pick('c') })];
    expect(classSummary(classQuiz, more).questions[0]!.commonWrong).toBe('c');
  });
});
