import { For, Show } from 'solid-js';
import { fill } from '../../i18n/fill';
import { markClass } from '../../lib/quiz/mark-class';
import type { SortingView as Sorting } from '../../lib/quiz/types';
import type { ViewProps } from './view-props';

/** Each item gets a category from a menu: works with keyboard, touch and screen readers. */
export default function SortingView(props: ViewProps<Sorting>) {
  const placed = () => (typeof props.answer === 'object' && !Array.isArray(props.answer) ? props.answer : {});
  const labelOf = (id: string) => props.question.categories.find((c) => c.id === id)?.label ?? '';

  return (
    <div role="group" aria-labelledby={props.labelId} class="answer">
      <p class="meta">{props.strings.sortHint}</p>
      <ul class="options">
        <For each={props.question.items}>
          {(item, index) => {
            const id = () => `${props.labelId}-item-${index()}`;
            const right = () => placed()[item.id] === item.category;
            return (
              <li class={`option sort-item${markClass(props.checked, right())}`}>
                <label for={id()}>{item.text}</label>
                <select
                  id={id()}
                  disabled={props.checked}
                  onChange={(event) => props.onAnswer({ ...placed(), [item.id]: event.currentTarget.value })}
                >
                  <option value="" selected={!placed()[item.id]}>
                    {props.strings.choose}
                  </option>
                  <For each={props.question.categories}>
                    {(category) => (
                      <option value={category.id} selected={placed()[item.id] === category.id}>
                        {category.label}
                      </option>
                    )}
                  </For>
                </select>
                <Show when={props.checked}>
                  <span class="option-feedback">
                    <strong>
                      {right()
                        ? props.strings.sortedRight
                        : fill(props.strings.belongsIn, { category: labelOf(item.category) })}{' '}
                    </strong>
                    {item.feedback}
                  </span>
                </Show>
              </li>
            );
          }}
        </For>
      </ul>
    </div>
  );
}
