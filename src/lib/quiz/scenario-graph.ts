/** The shape of a scenario the graph checks need: steps with choices pointing to a next step. */
export interface ScenarioGraph {
  start: string;
  steps: ReadonlyArray<{ id: string; choices?: ReadonlyArray<{ id: string; next?: string | undefined }> | undefined }>;
}

/** A problem in a scenario's branching, with the step (and choice) it concerns. */
export interface GraphProblem {
  step: string;
  choice?: string;
  message: string;
}

/**
 * Checks that a scenario can always be finished: the start step exists, every `next` names a
 * step, every step is reachable from the start, and no path loops back (every branch ends at a
 * step without choices).
 */
export function scenarioProblems(graph: ScenarioGraph): GraphProblem[] {
  const problems: GraphProblem[] = [];
  const byId = new Map(graph.steps.map((step) => [step.id, step]));
  if (!byId.has(graph.start)) {
    return [{ step: graph.start, message: `the start step "${graph.start}" does not exist: set "start" to a step id` }];
  }
  for (const step of graph.steps) {
    for (const choice of step.choices ?? []) {
      if (choice.next !== undefined && !byId.has(choice.next)) {
        problems.push({ step: step.id, choice: choice.id, message: `"next" names "${choice.next}", which is not a step id` });
      }
    }
  }
  const reached = new Set<string>();
  const visit = (id: string, path: string[]) => {
    if (path.includes(id)) {
      problems.push({
        step: id,
        message: `the story loops (${[...path, id].join(' → ')}): every branch must end at a step without choices`,
      });
      return;
    }
    // Stryker disable next-line ConditionalExpression: visiting a reached step again finds the same problems; the check only saves work.
    if (reached.has(id)) return;
    reached.add(id);
    for (const choice of byId.get(id)?.choices ?? []) {
      if (choice.next !== undefined && byId.has(choice.next)) visit(choice.next, [...path, id]);
    }
  };
  visit(graph.start, []);
  for (const step of graph.steps) {
    if (!reached.has(step.id)) {
      problems.push({
        step: step.id,
        message: `step "${step.id}" cannot be reached from the start: link to it with "next" or remove it`,
      });
    }
  }
  return problems;
}
