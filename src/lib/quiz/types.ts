/**
 * The quiz as the island receives it: one language, serialisable. Built by `localizeQuiz`.
 * True/false questions arrive as choice questions with two options.
 */
export interface QuizView {
  /** Quiz id (the quiz file name); progress is saved under it. */
  id: string;
  questions: QuestionView[];
  /**
   * The emoji of the quiz's texts (as written) and the picture of the set that draws each (old
   * phones lack emoji fonts); the page's sprite holds those pictures.
   */
  pictures?: Record<string, string>;
}

interface QuestionBase {
  id: string;
  prompt: string;
  /** Why the right answer is right; for a scenario the take-away; for a reflection a closing word. */
  explanation: string;
}

/** One option of a choice question, with its feedback and whether it is right. */
export interface OptionView {
  id: string;
  text: string;
  feedback: string;
  correct: boolean;
}

/** Single choice, multiple choice or true/false. */
export interface ChoiceView extends QuestionBase {
  type: 'single' | 'multiple' | 'true-false';
  options: OptionView[];
  /** New option order at each attempt. */
  shuffle: boolean;
}

/** Steps to put in order; `items` are in the right order. */
export interface OrderingView extends QuestionBase {
  type: 'ordering';
  items: Array<{ id: string; text: string }>;
  feedback: { right: string; wrong: string };
}

/** Items to sort into categories. */
export interface SortingView extends QuestionBase {
  type: 'sorting';
  categories: Array<{ id: string; label: string }>;
  items: Array<{ id: string; text: string; category: string; feedback: string }>;
}

/** One choice of a scenario step. */
export interface ScenarioChoiceView {
  id: string;
  text: string;
  consequence: string;
  next?: string;
  best: boolean;
}

/** A branching story. */
export interface ScenarioView extends QuestionBase {
  type: 'scenario';
  start: string;
  steps: Array<{ id: string; text: string; choices?: ScenarioChoiceView[] }>;
}

/** A private, unscored question: free text, or a feeling to choose. */
export interface ReflectionView extends QuestionBase {
  type: 'reflection';
  feelings?: Array<{ id: string; text: string }>;
}

/** A question of any type, in one language. */
export type QuestionView = ChoiceView | OrderingView | SortingView | ScenarioView | ReflectionView;

/**
 * A pupil's answer. Choice: the option ids chosen. Ordering: the item ids in the pupil's order.
 * Scenario: the choice ids taken, in order. Sorting: item id → category id. Reflection: the text
 * or the feeling id.
 */
export type Answer = string[] | Record<string, string> | string;

/** The outcome of checking one answer. */
export interface Grade {
  /** True when the answer is exactly right (always true for a reflection). */
  correct: boolean;
  /** Credit between 0 and 1; see each grader for partial credit. */
  score: number;
}
