import { fill } from '../../i18n/fill';
import type { QuizStrings } from './strings';

interface Props {
  score: string;
  total: number;
  strings: QuizStrings;
  onRetry: () => void;
}

/** The end of the quiz: the score and "try again". */
export default function QuizResult(props: Props) {
  return (
    <div class="box result">
      <p>{props.strings['quiz.finished']}</p>
      <p>
        <strong>{fill(props.strings['quiz.score'], { score: props.score, total: props.total })}</strong>
      </p>
      <button type="button" class="secondary" onClick={() => props.onRetry()}>
        {props.strings['quiz.retry']}
      </button>
    </div>
  );
}
