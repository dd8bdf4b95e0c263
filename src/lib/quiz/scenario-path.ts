import type { ScenarioChoiceView, ScenarioView } from './types';

type Step = ScenarioView['steps'][number];

/** Where a pupil is in a story after the choices taken. */
export interface ScenarioProgress {
  /** Each step passed, with the choice taken there. */
  taken: Array<{ step: Step; choice: ScenarioChoiceView }>;
  /** The step waiting for a choice, or the ending reached; undefined when the story ended on a consequence. */
  current: Step | undefined;
  /** True when no choice is left to make. */
  finished: boolean;
}

/** Replays the choices taken from the start; choice ids that do not fit the story are ignored. */
export function followScenario(question: ScenarioView, choiceIds: readonly string[]): ScenarioProgress {
  const byId = new Map(question.steps.map((step) => [step.id, step]));
  const taken: ScenarioProgress['taken'] = [];
  let current = byId.get(question.start);
  for (const choiceId of choiceIds) {
    const choice = current?.choices?.find((c) => c.id === choiceId);
    if (!current || !choice) break;
    taken.push({ step: current, choice });
    current = choice.next === undefined ? undefined : byId.get(choice.next);
  }
  return { taken, current, finished: !current?.choices };
}
