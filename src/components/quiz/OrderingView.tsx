import { createSignal, For, Show } from 'solid-js';
import { fill } from '../../i18n/fill';
import { moveItem } from '../../lib/quiz/answer-state';
import { markClass } from '../../lib/quiz/mark-class';
import type { OrderingView as Ordering } from '../../lib/quiz/types';
import type { ViewProps } from './view-props';

/** Steps put in order with "move up" and "move down" buttons (keyboard and screen-reader friendly). */
export default function OrderingView(props: ViewProps<Ordering>) {
  let list: HTMLOListElement | undefined;
  const [said, setSaid] = createSignal('');
  const order = () => (Array.isArray(props.answer) ? props.answer : []);
  const textOf = (id: string) => props.question.items.find((item) => item.id === id)?.text ?? id;
  const move = (from: number, step: -1 | 1, direction: 'up' | 'down') => {
    const next = moveItem(order(), from, step);
    props.onAnswer(next);
    const to = from + step;
    setSaid(fill(props.strings.moved, { item: textOf(next[to]!), position: to + 1, total: next.length }));
    // Keep the keyboard on the moved item: its button in the same direction, or the other at an end.
    queueMicrotask(() => {
      const buttons = list?.children[to]?.querySelectorAll('button');
      const wanted = buttons?.[direction === 'up' ? 0 : 1];
      (wanted?.disabled ? buttons?.[direction === 'up' ? 1 : 0] : wanted)?.focus();
    });
  };

  return (
    <div role="group" aria-labelledby={props.labelId} class="answer">
      <p class="meta">{props.strings.orderHint}</p>
      <ol class="ordering" ref={list}>
        <For each={order()}>
          {(id, index) => {
            const right = () => props.question.items[index()]?.id === id;
            return (
              <li class={`order-item${markClass(props.checked, right())}`}>
                <span class="order-text">
                  {textOf(id)}
                  <Show when={props.checked}>
                    <span class="visually-hidden"> ({right() ? props.strings.inPlace : props.strings.notInPlace})</span>
                  </Show>
                </span>
                <Show when={!props.checked}>
                  <span class="order-buttons">
                    <button type="button" class="secondary" disabled={index() === 0} onClick={() => move(index(), -1, 'up')}>
                      <span aria-hidden="true">↑</span>
                      <span class="visually-hidden">{fill(props.strings.moveUp, { item: textOf(id) })}</span>
                    </button>
                    <button
                      type="button"
                      class="secondary"
                      disabled={index() === order().length - 1}
                      onClick={() => move(index(), 1, 'down')}
                    >
                      <span aria-hidden="true">↓</span>
                      <span class="visually-hidden">{fill(props.strings.moveDown, { item: textOf(id) })}</span>
                    </button>
                  </span>
                </Show>
              </li>
            );
          }}
        </For>
      </ol>
      <p class="visually-hidden" aria-live="polite">
        {said()}
      </p>
      <Show when={props.checked}>
        <h4>{props.strings.rightOrder}</h4>
        <ol>
          <For each={props.question.items}>{(item) => <li>{item.text}</li>}</For>
        </ol>
      </Show>
    </div>
  );
}
