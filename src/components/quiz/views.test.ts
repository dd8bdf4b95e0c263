import { describe, expect, it } from 'vitest';
import { choice, ordering, reflection, scenario, sorting } from '../../lib/quiz/test-questions';
import { registerView, viewFor, viewName, viewNames } from './views';

describe('question views', () => {
  it('shows every choice type with one view, and each other type with its own', () => {
    expect(['single', 'multiple', 'true-false'].map((type) => viewName(type as 'single'))).toEqual([
      'choice',
      'choice',
      'choice',
    ]);
    expect([ordering, sorting, scenario, reflection].map((q) => viewName(q.type))).toEqual([
      'ordering',
      'sorting',
      'scenario',
      'reflection',
    ]);
  });

  it('lists the views a quiz needs, each once', () => {
    expect(viewNames([choice('single', ['a']), sorting, choice('true-false', ['a']), reflection])).toEqual([
      'choice',
      'sorting',
      'reflection',
    ]);
  });

  it('gives the view a page registered, and nothing for one it did not load', () => {
    const view = () => null;
    registerView('scenario', view);
    expect(viewFor('scenario')).toBe(view);
    expect(viewFor('ordering')).toBeUndefined();
  });
});
