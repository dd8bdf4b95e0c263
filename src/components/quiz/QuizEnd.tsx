import type { QuizProgress } from '../../lib/quiz/progress';
import { missedQuestions } from '../../lib/quiz/retry';
import { formatScore, scoredCount } from '../../lib/quiz/score';
import type { QuizView } from '../../lib/quiz/types';
import { tryAgain } from '../../stores/quiz-end';
import EndScreen from './EndScreen';
import type { HelpLine } from './help-lines';
import type { QuizStrings } from './strings';

export interface QuizEndProps {
  quiz: QuizView;
  progress: QuizProgress;
  /** BCP 47 language of the page: the score's number format. */
  lang: string;
  help: HelpLine[];
  helpHref: string;
  strings: QuizStrings;
  /** True when the pupil just arrived here (not on page load): focus goes to the results. */
  focusOnMount: boolean;
  onReview: (index: number) => void;
  /** Called as the pupil starts again, before the first question comes back. */
  onRetry: () => void;
}

/**
 * The end screen of a quiz, from its progress: the score, the missed questions and "try again".
 * Fetched with the end screen (lazy-parts.ts), so none of this weighs on the quiz's first load.
 */
export default function QuizEnd(props: QuizEndProps) {
  return (
    <EndScreen
      quiz={props.quiz}
      score={formatScore(props.progress.score ?? 0, props.lang)}
      total={scoredCount(props.quiz.questions)}
      questions={props.quiz.questions}
      missed={missedQuestions(props.progress, props.quiz.questions)}
      help={props.help}
      helpHref={props.helpHref}
      answers={props.progress.answers}
      attempt={props.progress.attempt}
      strings={props.strings}
      onReview={props.onReview}
      onRetry={(onlyMissed) => {
        props.onRetry();
        tryAgain(props.quiz, onlyMissed);
      }}
      focusOnMount={props.focusOnMount}
    />
  );
}
