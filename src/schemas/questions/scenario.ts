import { z } from 'astro/zod';
import { scenarioProblems } from '../../lib/quiz/scenario-graph';
import { slug } from '../fields';
import { localizedTextSchema } from '../languages';
import { questionBase, reportDuplicateIds } from './base';

/** A choice in a scenario step, with its consequence and the step it leads to. */
const scenarioChoiceSchema = z.object({
  id: slug('choices[].id'),
  /** What the character could do. */
  text: localizedTextSchema,
  /** What happens then (shown after choosing); kind, never blaming. */
  consequence: localizedTextSchema,
  /** Id of the next step; without it, the story ends after the consequence. */
  next: slug('choices[].next').optional(),
  /** Whether this is a helpful choice; the score counts helpful choices on the path taken. */
  best: z.boolean().default(false),
});

/** One moment of the story: text, then choices (none for an ending). */
const scenarioStepSchema = z.object({
  id: slug('steps[].id'),
  /** What happens at this moment. */
  text: localizedTextSchema,
  /** Two or more choices; leave out for an ending. */
  choices: z.array(scenarioChoiceSchema).min(2, { error: 'a step with choices needs at least 2 of them' }).optional(),
});

/** A short story told in steps, where each choice has a consequence and leads on (branching). */
export const scenarioSchema = z
  .object({
    ...questionBase,
    type: z.literal('scenario'),
    /** Id of the first step. Default: the first step of the list. */
    start: slug('start').optional(),
    /** The steps of the story. */
    steps: z.array(scenarioStepSchema).min(2, { error: 'a scenario needs at least 2 steps' }),
  })
  .superRefine((question, ctx) => {
    reportDuplicateIds(ctx, question.id, 'steps', question.steps);
    question.steps.forEach((step, index) => {
      if (step.choices) reportDuplicateIds(ctx, question.id, `steps[${index}].choices`, step.choices);
      if (step.choices && !step.choices.some((choice) => choice.best)) {
        ctx.addIssue({
          code: 'custom',
          path: ['steps', index, 'choices'],
          message: `question "${question.id}", step "${step.id}": mark at least one choice "best: true"`,
        });
      }
    });
    const start = question.start ?? question.steps[0]?.id ?? '';
    for (const problem of scenarioProblems({ start, steps: question.steps })) {
      const index = question.steps.findIndex((step) => step.id === problem.step);
      ctx.addIssue({
        code: 'custom',
        path: index >= 0 ? ['steps', index] : ['start'],
        message: `question "${question.id}", step "${problem.step}"${problem.choice ? `, choice "${problem.choice}"` : ''}: ${problem.message}`,
      });
    }
  });
