/** Whether a question counts towards the score (reflections never do). */
export const isScored = (question: { type: string }): boolean => question.type !== 'reflection';

/** How many questions count towards the score: the end screen's and the progress page's total. */
export const scoredCount = (questions: ReadonlyArray<{ type: string }>): number => questions.filter(isScored).length;

/** A score as the page's language writes it ("1,8" in French and Dutch, "1.8" in English). */
export const formatScore = (score: number, locale: string): string => new Intl.NumberFormat(locale).format(score);
