import { z } from 'astro/zod';
import { slug } from '../fields';
import { localizedTextSchema } from '../languages';
import { questionBase, reportDuplicateIds, rightWrongFeedback } from './base';

/** One answer option of a choice question. */
export const optionSchema = z.object({
  /** Identifier of the option, unique within its question; saved answers refer to it. */
  id: slug('options[].id'),
  /** The option's text in every language. */
  text: localizedTextSchema,
  /** Feedback shown after checking, whether the pupil chose this option or not. */
  feedback: localizedTextSchema,
  /** Whether this option is a right answer. Default: false. */
  correct: z.boolean({ error: '"correct" must be true or false' }).default(false),
});

const choiceFields = {
  ...questionBase,
  /** Two or more options. */
  options: z.array(optionSchema).min(2, { error: 'a choice question needs at least two options' }),
  /** Show the options in a new order at each attempt (the order is kept on reload). Default: false. */
  shuffle: z.boolean().default(false),
};

function checkOptions(
  question: { id: string; type: 'single' | 'multiple'; options: Array<{ id: string; correct: boolean }> },
  ctx: z.core.$RefinementCtx,
) {
  reportDuplicateIds(ctx, question.id, 'options', question.options);
  const right = question.options.filter((option) => option.correct).length;
  if (right === 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['options'],
      message: `question "${question.id}" has no correct answer: add "correct: true" to the right option`,
    });
  }
  if (question.type === 'single' && right > 1) {
    ctx.addIssue({
      code: 'custom',
      path: ['options'],
      message: `question "${question.id}" is "single" but has ${right} correct options: keep one, or use type: multiple`,
    });
  }
}

/** A question with one right option among several (radio buttons). */
export const singleChoiceSchema = z.object({ ...choiceFields, type: z.literal('single') }).superRefine(checkOptions);

/** A question where one or more options are right (checkboxes). */
export const multipleChoiceSchema = z.object({ ...choiceFields, type: z.literal('multiple') }).superRefine(checkOptions);

/** A statement the pupil marks true or false. */
export const trueFalseSchema = z.object({
  ...questionBase,
  type: z.literal('true-false'),
  /** Whether the statement in `prompt` is true. */
  answer: z.boolean({ error: '"answer" must be true or false (without quotes)' }),
  /** Feedback when the pupil's answer is right, and when it is wrong. */
  feedback: rightWrongFeedback,
});
