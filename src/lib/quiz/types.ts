/**
 * The quiz as the island receives it: one language, serialisable, every question shaped as a
 * choice question (true/false becomes two options). Built by `localizeQuiz`.
 */
export interface QuizView {
  /** Quiz id (the quiz file name); progress is saved under it. */
  id: string;
  questions: QuestionView[];
}

/** One question, in one language. */
export interface QuestionView {
  id: string;
  /** `single` and `true-false` take one option, `multiple` one or more. */
  type: 'single' | 'multiple' | 'true-false';
  prompt: string;
  explanation: string;
  options: OptionView[];
}

/** One option, in one language, with its feedback and whether it is right. */
export interface OptionView {
  id: string;
  text: string;
  feedback: string;
  correct: boolean;
}

/** A pupil's answer to a question: the ids of the options chosen. */
export type Answer = readonly string[];

/** The outcome of checking one answer. */
export interface Grade {
  /** True when the answer is exactly right. */
  correct: boolean;
  /** Credit between 0 and 1 (partial for multiple choice, see `gradeAnswer`). */
  score: number;
}
