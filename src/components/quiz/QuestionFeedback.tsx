import { Show } from 'solid-js';
import type { Grade, QuestionView } from '../../lib/quiz/types';
import type { QuizStrings } from './strings';

interface Props {
  question: QuestionView;
  grade: Grade;
  strings: QuizStrings;
}

/** After checking: a kind verdict, the type's overall feedback, and why. */
export default function QuestionFeedback(props: Props) {
  const scored = () => props.question.type !== 'reflection';
  const verdict = () => {
    if (props.grade.correct) return props.strings.right;
    return props.grade.score > 0 ? props.strings.partly : props.strings.wrong;
  };
  const overall = () => {
    const q = props.question;
    return q.type === 'ordering' ? (props.grade.correct ? q.feedback.right : q.feedback.wrong) : '';
  };
  return (
    <>
      <Show when={scored()}>
        <p class={`verdict ${props.grade.correct ? 'right' : 'wrong'}`}>{verdict()}</p>
      </Show>
      <Show when={overall()}>
        <p>{overall()}</p>
      </Show>
      <p>
        <Show when={scored()}>
          <strong>{props.strings.why}: </strong>
        </Show>
        {props.question.explanation}
      </p>
    </>
  );
}
