import { Show } from 'solid-js';
import { shortFeedback } from '../../lib/quiz/short-feedback';
import type { Answer, Grade, QuestionView } from '../../lib/quiz/types';
import type { QuizStrings } from './strings';

interface Props {
  question: QuestionView;
  answer: Answer | undefined;
  grade: Grade;
  /** 6-8: one short sentence, and the explanation behind "tell me more". */
  short: boolean;
  strings: QuizStrings;
}

/** After checking: a kind verdict, the type's overall feedback, and why (for 6-8: one sentence, then "tell me more"). */
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
  const sentence = () => shortFeedback(props.question, props.answer, props.grade.correct);
  return (
    <>
      <Show when={scored()}>
        <p class={`verdict ${props.grade.correct ? 'right' : 'wrong'}`}>{verdict()}</p>
      </Show>
      <Show
        when={props.short && scored()}
        fallback={
          <>
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
        }
      >
        <Show when={sentence()}>
          <p>{sentence()}</p>
        </Show>
        <details class="tell-more">
          <summary>{props.strings.tellMeMore}</summary>
          <p>{props.question.explanation}</p>
        </details>
      </Show>
    </>
  );
}
