import { z } from 'astro/zod';
import { slug } from '../fields';
import { localizedTextSchema } from '../languages';

/** Fields every question has. */
export const questionBase = {
  /** Identifier of the question, unique within the quiz; saved progress refers to it. */
  id: slug('questions[].id'),
  /** The question (for true/false: the statement; for a scenario: its introduction), in every language. */
  prompt: localizedTextSchema,
  /** Why the right answer is right (for a scenario: the take-away), shown after checking. */
  explanation: localizedTextSchema,
};

/** Feedback for a right and for a wrong answer, for question types without per-option feedback. */
export const rightWrongFeedback = z.object(
  {
    /** Shown when the answer is right. */
    right: localizedTextSchema,
    /** Shown when it is not; kind, never blaming. */
    wrong: localizedTextSchema,
  },
  { error: '"feedback" must have "right:" and "wrong:" texts, each in every language' },
);

/** Reports every id used twice in a list, naming the question and the list. */
export function reportDuplicateIds(
  ctx: z.core.$RefinementCtx,
  questionId: string,
  list: string,
  items: ReadonlyArray<{ id: string }>,
): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) {
      ctx.addIssue({
        code: 'custom',
        path: [list, index, 'id'],
        message: `question "${questionId}": the id "${item.id}" is used twice in "${list}"; give each its own id`,
      });
    }
    seen.add(item.id);
  });
}
