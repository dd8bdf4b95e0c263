import { describe, expect, it } from 'vitest';
import { choice, reflection, sorting } from '../../lib/quiz/test-questions';
import { preloadViews, registerLazyView, registerView, viewFor, viewNames } from './views';

describe('question views', () => {
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
