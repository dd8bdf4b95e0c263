import { createMemo, For, Show } from 'solid-js';
import { fill } from '../../i18n/fill';
import { gradeAnswer } from '../../lib/quiz/grade';
import type { Answer, QuestionView } from '../../lib/quiz/types';
import type { QuizStrings } from './strings';

interface Props {
  quizId: string;
  question: QuestionView;
  number: number;
  total: number;
  answer: Answer;
  checked: boolean;
  /** False during the server render and hydration: no controls that need JavaScript. */
  interactive: boolean;
  strings: QuizStrings;
  onChoose: (optionIds: string[]) => void;
  onCheck: () => void;
}

/** A single-choice, multiple-choice or true/false question, with its feedback once checked. */
export default function ChoiceQuestion(props: Props) {
  let feedback: HTMLDivElement | undefined;
  const base = () => `${props.quizId}-${props.question.id}`;
  const multiple = () => props.question.type === 'multiple';
  const grade = createMemo(() => gradeAnswer(props.question, props.answer));
  const chosen = (id: string) => props.answer.includes(id);

  const choose = (id: string, on: boolean) => {
    if (!multiple()) return props.onChoose([id]);
    const rest = props.answer.filter((other) => other !== id);
    props.onChoose(on ? [...rest, id] : rest);
  };
  const check = () => {
    props.onCheck();
    queueMicrotask(() => feedback?.focus());
  };
  const verdict = () => {
    if (grade().correct) return props.strings['quiz.right'];
    return grade().score > 0 ? props.strings['quiz.partly'] : props.strings['quiz.wrong'];
  };

  return (
    <fieldset
      class="question"
      role={multiple() ? 'group' : 'radiogroup'}
      aria-labelledby={`${base()}-legend`}
      aria-describedby={`${base()}-hint`}
    >
      <legend id={`${base()}-legend`}>
        <span class="question-count">
          {fill(props.strings['quiz.questionOf'], { number: props.number, total: props.total })}
        </span>
        {props.question.prompt}
      </legend>
      <p id={`${base()}-hint`} class="meta">
        {multiple() ? props.strings['quiz.chooseMany'] : props.strings['quiz.chooseOne']}
      </p>
      <ul class="options">
        <For each={props.question.options}>
          {(option) => (
            <li
              class="option"
              classList={{
                'is-right': props.checked && option.correct,
                'is-wrong': props.checked && chosen(option.id) && !option.correct,
              }}
            >
              <label>
                <input
                  type={multiple() ? 'checkbox' : 'radio'}
                  name={base()}
                  value={option.id}
                  checked={chosen(option.id)}
                  disabled={props.checked}
                  onChange={(event) => choose(option.id, event.currentTarget.checked)}
                />
                <span>
                  {option.text}
                  <Show when={props.checked && (chosen(option.id) || option.correct)}>
                    <span class="option-feedback">
                      <strong>
                        {[chosen(option.id) && props.strings['quiz.yourChoice'], option.correct && props.strings['quiz.rightAnswer']]
                          .filter(Boolean)
                          .join(', ')}
                        {': '}
                      </strong>
                      {option.feedback}
                    </span>
                  </Show>
                </span>
              </label>
            </li>
          )}
        </For>
      </ul>
      <Show when={props.interactive && !props.checked}>
        <button type="button" onClick={check} disabled={props.answer.length === 0}>
          {props.strings['quiz.check']}
        </button>
      </Show>
      <div ref={feedback} tabindex="-1" role="status" class="feedback">
        <Show when={props.checked}>
          <p class={`verdict ${grade().correct ? 'right' : 'wrong'}`}>{verdict()}</p>
          <p>
            <strong>{props.strings['quiz.why']}: </strong>
            {props.question.explanation}
          </p>
        </Show>
      </div>
    </fieldset>
  );
}
