import { z } from 'astro/zod';
import { slug } from './fields';
import { localizedTextSchema } from './languages';

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

const questionBase = {
  /** Identifier of the question, unique within the quiz; saved progress refers to it. */
  id: slug('questions[].id'),
  /** The question (or, for true/false, the statement) in every language. */
  prompt: localizedTextSchema,
  /** Why the right answer is right, shown after checking. */
  explanation: localizedTextSchema,
};

/** A question with one right option among several (radio buttons). */
export const singleChoiceSchema = z.object({
  ...questionBase,
  type: z.literal('single'),
  /** Two or more options, exactly one with `correct: true`. */
  options: z.array(optionSchema).min(2, { error: 'a choice question needs at least two options' }),
});

/** A question where several options may be right (checkboxes). */
export const multipleChoiceSchema = z.object({
  ...questionBase,
  type: z.literal('multiple'),
  /** Two or more options, at least one with `correct: true`. */
  options: z.array(optionSchema).min(2, { error: 'a choice question needs at least two options' }),
});

/** A statement the pupil marks true or false. */
export const trueFalseSchema = z.object({
  ...questionBase,
  type: z.literal('true-false'),
  /** Whether the statement in `prompt` is true. */
  answer: z.boolean({ error: '"answer" must be true or false (without quotes)' }),
  /** Feedback when the pupil's answer is right, and when it is wrong (kind, never blaming). */
  feedback: z.object(
    { right: localizedTextSchema, wrong: localizedTextSchema },
    { error: '"feedback" must have "right:" and "wrong:" texts' },
  ),
});

/** Every question type, told apart by `type`. */
export const QUESTION_TYPES = ['single', 'multiple', 'true-false'] as const;

/** A quiz question of any type. */
export const questionSchema = z
  .discriminatedUnion('type', [singleChoiceSchema, multipleChoiceSchema, trueFalseSchema], {
    error: (issue) =>
      issue.code === 'invalid_union'
        ? `"type" must be one of ${QUESTION_TYPES.map((t) => `"${t}"`).join(', ')}`
        : undefined,
  })
  .superRefine((question, ctx) => {
    if (question.type === 'true-false') return;
    const seen = new Set<string>();
    question.options.forEach((option, index) => {
      if (seen.has(option.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['options', index, 'id'],
          message: `question "${question.id}": option id "${option.id}" is used twice; give each option its own id`,
        });
      }
      seen.add(option.id);
    });
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
  });

/** Front matter-free quiz file: `quizzes/<id>.yaml`. The answer key is written once for every language. */
export const quizSchema = z
  .object({
    /** The questions, in the order pupils see them. */
    questions: z
      .array(questionSchema, { error: '"questions" must be a list of questions' })
      .min(1, { error: '"questions" needs at least one question' }),
  })
  .superRefine((quiz, ctx) => {
    const seen = new Set<string>();
    quiz.questions.forEach((question, index) => {
      if (seen.has(question.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['questions', index, 'id'],
          message: `question id "${question.id}" is used twice in this quiz; give each question its own id`,
        });
      }
      seen.add(question.id);
    });
  });

/** A validated quiz. */
export type QuizData = z.infer<typeof quizSchema>;
/** A validated question of any type. */
export type QuestionData = QuizData['questions'][number];
