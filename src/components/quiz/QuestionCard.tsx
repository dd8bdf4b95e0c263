import { createMemo, onMount, Show } from 'solid-js';
import { fill } from '../../i18n/fill';
import { isAnswered } from '../../lib/quiz/answer-state';
import { gradeAnswer } from '../../lib/quiz/grade';
import type { Answer, QuestionView } from '../../lib/quiz/types';
import Label from './Label';
import { LazyQuestionFeedback, LazyQuestionReadAloud } from './lazy-parts';
import type { QuizStrings } from './strings';
import { viewFor } from './views';

interface Props {
  quizId: string;
  question: QuestionView;
  number: number;
  total: number;
  answer: Answer | undefined;
  checked: boolean;
  attempt: string;
  lang: string;
  readAloud: boolean;
  /** Short feedback with "tell me more" (6-8). */
  short: boolean;
  /** True when the pupil moved here (not on page load): focus goes to the question. */
  focusOnMount: boolean;
  strings: QuizStrings;
  onAnswer: (answer: Answer) => void;
  onCheck: () => void;
  onMove: (step: -1 | 1) => void;
}

/** One question on screen: count and progress, the type's view (as the page registered it), check, feedback, back and next. */
export default function QuestionCard(props: Props) {
  let heading: HTMLHeadingElement | undefined;
  let feedback: HTMLDivElement | undefined;
  const labelId = () => `${props.quizId}-${props.question.id}`;
  const answer = () => props.answer;
  const grade = createMemo(() => gradeAnswer(props.question, answer()));
  const selfChecking = () => props.question.type === 'scenario' || props.question.type === 'reflection';
  const last = () => props.number === props.total;
  // The card is made anew for each question (Quiz.tsx keys it), so its view is chosen once.
  // eslint-disable-next-line solid/reactivity
  const View = viewFor(props.question.type);

  const check = () => {
    props.onCheck();
    queueMicrotask(() => feedback?.focus());
  };
  const setAnswer = (value: Answer) => {
    props.onAnswer(value);
    // A story checks itself when it reaches its end.
    if (props.question.type === 'scenario' && isAnswered(props.question, value)) check();
  };
  // Arriving from another question: bring keyboard and screen-reader focus to this one.
  onMount(() => props.focusOnMount && heading?.focus());

  return (
    <section class="question-card" aria-labelledby={labelId()} data-question-type={props.question.type}>
      <p class="question-count">
        <span>{fill(props.strings.questionOf, { number: props.number, total: props.total })}</span>
        <progress max={props.total} value={props.number} aria-label={props.strings.progressLabel} />
      </p>
      <h3 id={labelId()} tabindex="-1" ref={heading}>
        <Label text={props.question.prompt} />
      </h3>
      <Show when={props.readAloud}>
        <LazyQuestionReadAloud question={props.question} answer={answer()} lang={props.lang} strings={props.strings} />
      </Show>
      {View && (
        <View
          question={props.question}
          answer={answer()}
          checked={props.checked}
          attempt={props.attempt}
          labelId={labelId()}
          short={props.short}
          strings={props.strings}
          onAnswer={setAnswer}
        />
      )}
      <div class="feedback" role="status" tabindex="-1" ref={feedback}>
        <Show when={props.checked}>
          <LazyQuestionFeedback
            question={props.question}
            answer={answer()}
            grade={grade()}
            short={props.short}
            readAloud={props.readAloud}
            lang={props.lang}
            strings={props.strings}
          />
        </Show>
      </div>
      <div class="quiz-nav">
        <button type="button" class="secondary" disabled={props.number === 1} onClick={() => props.onMove(-1)}>
          {props.strings.back}
        </button>
        <Show when={!props.checked && !selfChecking()}>
          <button type="button" disabled={!isAnswered(props.question, answer())} onClick={check}>
            {props.strings.check}
          </button>
        </Show>
        <Show when={!props.checked && props.question.type === 'reflection'}>
          <button type="button" onClick={check}>
            {props.strings.continue}
          </button>
        </Show>
        <Show when={props.checked}>
          <button type="button" onClick={() => props.onMove(1)}>
            {last() ? props.strings.results : props.strings.next}
          </button>
        </Show>
      </div>
    </section>
  );
}
