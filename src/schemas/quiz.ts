import { z } from 'astro/zod';
import { multipleChoiceSchema, singleChoiceSchema, trueFalseSchema } from './questions/choice';
import { orderingSchema } from './questions/ordering';
import { reflectionSchema } from './questions/reflection';
import { scenarioSchema } from './questions/scenario';
import { sortingSchema } from './questions/sorting';

/** Every question type, told apart by `type`. */
export const QUESTION_TYPES = ['single', 'multiple', 'true-false', 'ordering', 'sorting', 'scenario', 'reflection'] as const;

/** A quiz question of any type (see lessons/README.md for each type's fields). */
export const questionSchema = z.discriminatedUnion(
  'type',
  [singleChoiceSchema, multipleChoiceSchema, trueFalseSchema, orderingSchema, sortingSchema, scenarioSchema, reflectionSchema],
  {
    error: (issue) =>
      issue.code === 'invalid_union' ? `"type" must be one of ${QUESTION_TYPES.map((t) => `"${t}"`).join(', ')}` : undefined,
  },
);

/** A quiz file: `quizzes/<id>.yaml`. The answer key is written once for every language. */
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
