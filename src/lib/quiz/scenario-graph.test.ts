import { describe, expect, it } from 'vitest';
import { scenarioProblems } from './scenario-graph';

const step = (id: string, ...next: Array<string | undefined>) => ({
  id,
  choices: next.map((n, i) => ({ id: `c${i}`, next: n })),
});

describe('scenarioProblems', () => {
  it('accepts a branching story where every branch ends', () => {
    expect(
      scenarioProblems({
        start: 'a',
        steps: [step('a', 'b', 'c'), step('b', 'end', undefined), step('c', 'end'), { id: 'end' }],
      }),
    ).toEqual([]);
  });

  it('finds a missing start, an unknown next, an unreachable step and a loop', () => {
    expect(scenarioProblems({ start: 'x', steps: [{ id: 'a' }] })[0]?.message).toContain('start step "x" does not exist');
    expect(scenarioProblems({ start: 'a', steps: [step('a', 'nowhere')] })).toEqual([
      { step: 'a', choice: 'c0', message: '"next" names "nowhere", which is not a step id' },
    ]);
    expect(scenarioProblems({ start: 'a', steps: [step('a', undefined), { id: 'island' }] })).toEqual([
      { step: 'island', message: 'step "island" cannot be reached from the start: link to it with "next" or remove it' },
    ]);
    expect(scenarioProblems({ start: 'a', steps: [step('a', 'b'), step('b', 'a')] })[0]?.message).toContain(
      'the story loops (a → b → a)',
    );
  });
});
