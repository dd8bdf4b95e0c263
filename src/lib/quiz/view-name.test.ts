import { describe, expect, it } from 'vitest';
import { ordering, reflection, scenario, sorting } from './test-questions';
import { viewName } from './view-name';

describe('view names', () => {
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
});
