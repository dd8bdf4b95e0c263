import { For, Show } from 'solid-js';
import type { ReflectionView as Reflection } from '../../lib/quiz/types';
import Label from './Label';
import type { ViewProps } from './view-props';

/** A private question: a feeling to choose, or free text. Never scored, never sent. */
export default function ReflectionView(props: ViewProps<Reflection>) {
  const value = () => (typeof props.answer === 'string' ? props.answer : '');
  return (
    <div class="answer reflection">
      <p class="private-note">
        <span aria-hidden="true">🔒 </span>
        {props.strings.private}
      </p>
      <Show
        when={props.question.feelings}
        fallback={
          <>
            <label for={`${props.labelId}-text`}>{props.strings.yourAnswer}</label>
            <textarea
              id={`${props.labelId}-text`}
              rows="4"
              value={value()}
              disabled={props.checked}
              onInput={(event) => props.onAnswer(event.currentTarget.value)}
            />
          </>
        }
      >
        {(feelings) => (
          <div role="radiogroup" aria-labelledby={props.labelId}>
            <ul class="options">
              <For each={feelings()}>
                {(feeling) => (
                  <li class="option">
                    <label>
                      <input
                        type="radio"
                        name={`${props.labelId}-feelings`}
                        value={feeling.id}
                        checked={value() === feeling.id}
                        disabled={props.checked}
                        onChange={() => props.onAnswer(feeling.id)}
                      />
                      <span>
                        <Label text={feeling.text} />
                      </span>
                    </label>
                  </li>
                )}
              </For>
            </ul>
          </div>
        )}
      </Show>
    </div>
  );
}
