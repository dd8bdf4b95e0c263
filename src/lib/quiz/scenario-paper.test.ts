import { describe, expect, it } from 'vitest';
import { scenarioOnPaper } from './scenario-paper';

const choice = (id: string, next?: string) => ({
  id,
  text: `choice ${id}`,
  consequence: '',
  best: false,
  ...(next ? { next } : {}),
});

describe('scenarioOnPaper', () => {
  it('numbers the steps from the start, in the order the choices reach them', () => {
    const steps = scenarioOnPaper({
      start: 'a',
      steps: [
        { id: 'end', text: 'The end' },
        { id: 'b', text: 'B', choices: [choice('b1', 'end')] },
        { id: 'a', text: 'A', choices: [choice('a1', 'b'), choice('a2', 'end'), choice('a3')] },
      ],
    });
    expect(steps.map((step) => [step.number, step.text])).toEqual([
      [1, 'A'],
      [2, 'B'],
      [3, 'The end'],
    ]);
    expect(steps[0]!.choices).toEqual([
      { id: 'a1', text: 'choice a1', nextNumber: 2 },
      { id: 'a2', text: 'choice a2', nextNumber: 3 },
      { id: 'a3', text: 'choice a3' },
    ]);
    expect(steps[2]!.choices).toEqual([]);
  });

  it('leaves out steps that no choice reaches and survives a loop', () => {
    const steps = scenarioOnPaper({
      start: 'a',
      steps: [
        { id: 'a', text: 'A', choices: [choice('a1', 'b')] },
        { id: 'b', text: 'B', choices: [choice('b1', 'a')] },
        { id: 'lost', text: 'Never reached' },
      ],
    });
    expect(steps.map((step) => step.text)).toEqual(['A', 'B']);
    expect(steps[1]!.choices[0]!.nextNumber).toBe(1);
  });
});
