import { describe, expect, it } from 'vitest';
import { shortFeedback } from './short-feedback';
import { choice, ordering, reflection, scenario, sorting } from './test-questions';

describe('shortFeedback', () => {
  it("gives an ordering's right or wrong sentence", () => {
    expect(shortFeedback(ordering, ['stop', 'keep', 'tell'], true)).toBe('Right order.');
    expect(shortFeedback(ordering, ['keep', 'stop', 'tell'], false)).toBe('Not quite.');
  });

  it("gives the chosen option's sentence for a single choice or true/false", () => {
    expect(shortFeedback(choice('single', ['b']), ['a'], false)).toBe('About a');
    expect(shortFeedback(choice('true-false', ['b'], ['a', 'b']), ['b'], true)).toBe('About b');
  });

  it('gives the first option a multiple choice got wrong, or else a chosen one', () => {
    const question = choice('multiple', ['b', 'c']);
    expect(shortFeedback(question, ['b'], false)).toBe('About c');
    expect(shortFeedback(question, ['a', 'b', 'c'], false)).toBe('About a');
    expect(shortFeedback(question, ['c', 'b'], true)).toBe('About b');
  });

  it('gives the first card sorted into the wrong group, and nothing when all are right', () => {
    expect(shortFeedback(sorting, { asks: 'green', insists: 'green' }, false)).toBe('No means no.');
    expect(shortFeedback(sorting, { asks: 'green', insists: 'red' }, true)).toBe('');
  });

  it('adds nothing to a story or a reflection', () => {
    expect(shortFeedback(scenario, ['tell'], true)).toBe('');
    expect(shortFeedback(reflection, 'ok', true)).toBe('');
  });
});
