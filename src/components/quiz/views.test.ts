import { describe, expect, it } from 'vitest';
import { choice, ordering, reflection, scenario, sorting } from '../../lib/quiz/test-questions';
import { preloadViews, registerLazyView, registerView, viewFor, viewName, viewNames } from './views';

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

  it('fetches a lazy view only for a quiz that uses it, and never replaces a view the page loaded', async () => {
    const loaded: string[] = [];
    const loader = (name: string) => async () => {
      loaded.push(name);
      return { default: () => null };
    };
    const onPage = () => null;
    registerView('choice', onPage);
    registerLazyView('choice', loader('choice'));
    registerLazyView('ordering', loader('ordering'));
    registerLazyView('reflection', loader('reflection'));
    expect(viewFor('single')).toBe(onPage);
    await preloadViews([choice('single', ['a']), reflection]);
    expect(loaded).toEqual(['reflection']);
  });
});
