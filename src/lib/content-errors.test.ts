import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { describePath, formatIssues } from './content-errors';

const quiz = { questions: [{ id: 'first' }, { text: 'no id' }, { id: 'dont-pay', options: [{ id: 'a' }, { id: 7 }] }] };

describe('describePath', () => {
  it('names list items by their id, as an author finds them', () => {
    expect(describePath(['questions', 2, 'options', 0, 'text'], quiz)).toBe(
      'questions[2] (id "dont-pay").options[0] (id "a").text',
    );
  });

  it('gives the index alone when an item has no text id', () => {
    expect(describePath(['questions', 1, 'text'], quiz)).toBe('questions[1].text');
    expect(describePath(['questions', 2, 'options', 1], quiz)).toBe('questions[2] (id "dont-pay").options[1]');
    expect(describePath(['title', 0], { title: 'not a list' })).toBe('title[0]');
    expect(describePath(['missing', 'deeper', 0], quiz)).toBe('missing.deeper[0]');
    expect(describePath([0, 'id'], [null])).toBe('[0].id');
  });

  it('names the top level when there is no path', () => {
    expect(describePath([], quiz)).toBe('(top level)');
  });
});

describe('formatIssues', () => {
  it('writes one line per problem: file, field, message', () => {
    const issues: z.core.$ZodIssue[] = [{ code: 'custom', path: ['questions', 0, 'prompt'], message: 'add a prompt', input: 1 }];
    expect(formatIssues('quizzes/q.yaml', issues, quiz)).toEqual([
      'quizzes/q.yaml: questions[0] (id "first").prompt: add a prompt',
    ]);
  });
});
