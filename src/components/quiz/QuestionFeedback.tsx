import { createSignal, Show } from 'solid-js';
import { shortFeedback } from '../../lib/quiz/short-feedback';
import { spokenSentences } from '../../lib/quiz/speech-text';
import type { Answer, Grade, QuestionView } from '../../lib/quiz/types';
import ReadAloud from './ReadAloud';
import type { QuizStrings } from './strings';

interface Props {
  question: QuestionView;
  answer: Answer | undefined;
  grade: Grade;
  /** 6-8: one short sentence, and the explanation behind "tell me more". */
  short: boolean;
  /** Offer "Listen to the answer" (the same rule as the question's read-aloud control). */
  readAloud: boolean;
  /** BCP 47 language of the page, for the read-aloud voice. */
  lang: string;
  strings: QuizStrings;
}

/**
 * After checking: a kind verdict, the type's overall feedback, and why (for 6-8: one sentence,
 * then "tell me more"), with a control that reads it aloud (the "tell me more" text too, once
 * it is open).
 */
export default function QuestionFeedback(props: Props) {
  const [more, setMore] = createSignal(false);
  const scored = () => props.question.type !== 'reflection';
  const verdict = () => {
    if (!scored()) return '';
    if (props.grade.correct) return props.strings.right;
    return props.grade.score > 0 ? props.strings.partly : props.strings.wrong;
  };
  const overall = () => {
    const q = props.question;
    return q.type === 'ordering' ? (props.grade.correct ? q.feedback.right : q.feedback.wrong) : '';
  };
  const sentence = () => shortFeedback(props.question, props.answer, props.grade.correct);
  const brief = () => props.short && scored();
  const spoken = () =>
    spokenSentences(
      brief()
        ? [verdict(), sentence(), more() ? props.question.explanation : '']
        : [verdict(), overall(), props.question.explanation],
    );
  return (
    <>
      <Show when={scored()}>
        <p class={`verdict ${props.grade.correct ? 'right' : 'wrong'}`}>{verdict()}</p>
      </Show>
      <Show
        when={brief()}
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
        <details class="tell-more" on:toggle={(event) => setMore(event.currentTarget.open)}>
          <summary>{props.strings.tellMeMore}</summary>
          <p>{props.question.explanation}</p>
        </details>
      </Show>
      <Show when={props.readAloud}>
        <ReadAloud text={spoken()} lang={props.lang} strings={props.strings} label={props.strings.readFeedback} />
      </Show>
    </>
  );
}
