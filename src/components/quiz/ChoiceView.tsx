import { createMemo, For, Show } from 'solid-js';
import { shuffleSeed } from '../../lib/quiz/answer-state';
import { seededShuffle } from '../../lib/quiz/shuffle';
import { markClass } from '../../lib/quiz/mark-class';
import type { ChoiceView as Choice } from '../../lib/quiz/types';
import Label from './Label';
import type { ViewProps } from './view-props';

/**
 * Single choice and true/false (radio buttons: one tap on an option's card chooses it, then
 * "check"), multiple choice (checkboxes).
 */
export default function ChoiceView(props: ViewProps<Choice>) {
  const multiple = () => props.question.type === 'multiple';
  const chosen = () => (Array.isArray(props.answer) ? props.answer : []);
  const options = createMemo(() =>
    props.question.shuffle
      ? seededShuffle(props.question.options, shuffleSeed(props.attempt, props.question.id))
      : props.question.options,
  );
  const choose = (id: string, on: boolean) => {
    if (!multiple()) return props.onAnswer([id]);
    const rest = chosen().filter((other) => other !== id);
    props.onAnswer(on ? [...rest, id] : rest);
  };

  return (
    <div role={multiple() ? 'group' : 'radiogroup'} aria-labelledby={props.labelId} class="answer">
      <p class="meta">{multiple() ? props.strings.chooseMany : props.strings.chooseOne}</p>
      <ul class="options">
        <For each={options()}>
          {(option) => {
            const isChosen = () => chosen().includes(option.id);
            return (
              <li class={`option${markClass(props.checked, option.correct, isChosen())}`}>
                <label>
                  <input
                    type={multiple() ? 'checkbox' : 'radio'}
                    name={multiple() ? undefined : `${props.labelId}-options`}
                    value={option.id}
                    checked={isChosen()}
                    disabled={props.checked}
                    onChange={(event) => choose(option.id, event.currentTarget.checked)}
                  />
                  <span>
                    <Label text={option.text} />
                    <Show when={props.checked && (isChosen() || option.correct)}>
                      <span class="option-feedback">
                        <strong>
                          {[isChosen() && props.strings.yourChoice, option.correct && props.strings.rightAnswer]
                            .filter(Boolean)
                            .join(', ')}
                          <Show when={!props.short}>:</Show>{' '}
                        </strong>
                        <Show when={!props.short}>{option.feedback}</Show>
                      </span>
                    </Show>
                  </span>
                </label>
              </li>
            );
          }}
        </For>
      </ul>
    </div>
  );
}
