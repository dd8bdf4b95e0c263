import type { ScenarioView } from './types';

/** A scenario step as printed: its number on paper and, for each choice, the step it leads to. */
export interface PaperStep {
  number: number;
  text: string;
  choices: Array<{ id: string; text: string; nextNumber?: number }>;
}

/**
 * The steps of a scenario in reading order for paper: the start first, then the steps in the
 * order the choices reach them (breadth first), numbered from 1, so that a pupil with a pencil
 * can follow "go to step 3". Steps no choice reaches are left out, as on screen.
 */
export function scenarioOnPaper(scenario: Pick<ScenarioView, 'start' | 'steps'>): PaperStep[] {
  const byId = new Map(scenario.steps.map((step) => [step.id, step]));
  const order: string[] = [];
  const queue = [scenario.start];
  while (queue.length > 0) {
    const id = queue.shift()!;
    if (order.includes(id) || !byId.has(id)) continue;
    order.push(id);
    for (const choice of byId.get(id)!.choices ?? []) if (choice.next) queue.push(choice.next);
  }
  const numberOf = new Map(order.map((id, index) => [id, index + 1]));
  return order.map((id) => {
    const step = byId.get(id)!;
    return {
      number: numberOf.get(id)!,
      text: step.text,
      choices: (step.choices ?? []).map((choice) => {
        const nextNumber = choice.next === undefined ? undefined : numberOf.get(choice.next);
        return nextNumber === undefined ? { id: choice.id, text: choice.text } : { id: choice.id, text: choice.text, nextNumber };
      }),
    };
  });
}
