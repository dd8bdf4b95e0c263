import type { Answer, QuestionView } from '../../lib/quiz/types';
import type { QuizStrings } from './strings';

/** What every question view receives from the question card. */
export interface ViewProps<Q extends QuestionView> {
  question: Q;
  /** The pupil's answer so far (undefined before the first tap). */
  answer: Answer | undefined;
  checked: boolean;
  /** Seed of this attempt's shuffled orders. */
  attempt: string;
  /** Id of the question's heading, which labels the view's group. */
  labelId: string;
  /** Short feedback (6-8): the views leave their per-part sentences to "tell me more". */
  short: boolean;
  strings: QuizStrings;
  onAnswer: (answer: Answer) => void;
}
