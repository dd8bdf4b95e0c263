import { createMemo, createSignal, For, Show } from 'solid-js';
import { fill } from '../../i18n/fill';
import { orderingDeck, toggleInOrder } from '../../lib/quiz/answer-state';
import { markClass } from '../../lib/quiz/mark-class';
import type { OrderingView as Ordering } from '../../lib/quiz/types';
import Label from './Label';
import type { ViewProps } from './view-props';

/**
 * Steps put in order by tapping them in order: the first tap is number 1, and so on; a second tap
 * takes a step out again. Each step is a button that says its number, for keyboard and screen
 * readers, and a live region says what changed.
 */
export default function OrderingView(props: ViewProps<Ordering>) {
  const [said, setSaid] = createSignal('');
  const order = () => (Array.isArray(props.answer) ? props.answer : []);
  const deck = createMemo(() => orderingDeck(props.question, props.attempt));
  const textOf = (id: string) => props.question.items.find((item) => item.id === id)?.text ?? id;
  const tap = (id: string) => {
    const next = toggleInOrder(order(), id);
    props.onAnswer(next);
    const position = next.indexOf(id) + 1;
    setSaid(fill(position > 0 ? props.strings.ordered : props.strings.unordered, { item: textOf(id), position }));
  };

  return (
    <div role="group" aria-labelledby={props.labelId} class="answer">
      <p class="meta">{props.strings.orderHint}</p>
      <ul class="ordering">
        <For each={deck()}>
          {(id) => {
            const position = () => order().indexOf(id) + 1;
            const right = () => props.question.items[position() - 1]?.id === id;
            return (
              <li class={`order-item${markClass(props.checked, right())}`}>
                <button
                  type="button"
                  class="order-step"
                  aria-pressed={position() > 0}
                  disabled={props.checked}
                  onClick={() => tap(id)}
                >
                  <span class="order-number" aria-hidden="true">
                    {position() || ''}
                  </span>
                  <span class="order-text">
                    <Label text={textOf(id)} />
                  </span>
                  <Show when={position() > 0}>
                    <span class="visually-hidden">{` (${fill(props.strings.orderPlace, { position: position() })})`}</span>
                  </Show>
                  <Show when={props.checked}>
                    <span class="visually-hidden">{` (${right() ? props.strings.inPlace : props.strings.notInPlace})`}</span>
                  </Show>
                </button>
              </li>
            );
          }}
        </For>
      </ul>
      <p class="visually-hidden" aria-live="polite">
        {said()}
      </p>
      <Show when={props.checked}>
        <h4>{props.strings.rightOrder}</h4>
        <ol>
          <For each={props.question.items}>
            {(item) => (
              <li>
                <Label text={item.text} />
              </li>
            )}
          </For>
        </ol>
      </Show>
    </div>
  );
}
