import { describe, expect, it } from 'vitest';
import { followScenario } from './scenario-path';
import { scenario } from './test-questions';

describe('followScenario', () => {
  it('starts at the start step', () => {
    expect(followScenario(scenario, [])).toMatchObject({ taken: [], current: { id: 'message' }, finished: false });
  });

  it('follows the choices to an ending step', () => {
    const progress = followScenario(scenario, ['send', 'tell-now']);
    expect(progress.taken.map(({ step, choice }) => `${step.id}:${choice.id}`)).toEqual(['message:send', 'pressure:tell-now']);
    expect(progress).toMatchObject({ current: { id: 'helped' }, finished: true });
  });

  it('ends on a consequence without a next step', () => {
    expect(followScenario(scenario, ['send', 'pay'])).toMatchObject({ current: undefined, finished: true });
  });

  it('ignores choices that do not fit the story', () => {
    expect(followScenario(scenario, ['nonsense', 'tell']).taken).toEqual([]);
  });
});
