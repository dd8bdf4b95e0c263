import { createSignal, For, Show } from 'solid-js';
import { fill } from '../../i18n/fill';
import { placeCard } from '../../lib/quiz/answer-state';
import { markClass } from '../../lib/quiz/mark-class';
import type { SortingView as Sorting } from '../../lib/quiz/types';
import Label from './Label';
import type { ViewProps } from './view-props';

/**
 * Sorting by two taps: a card, then its group. The picked card shows as pressed; a second tap puts
 * it down; a card in a group goes back to the pile (picked) when tapped. Cards and groups are
 * buttons, and a live region says what happened, for keyboard and screen-reader users.
 */
export default function SortingView(props: ViewProps<Sorting>) {
  let root: HTMLDivElement | undefined;
  const [picked, setPicked] = createSignal<string>();
  const [said, setSaid] = createSignal('');
  const placed = () => (typeof props.answer === 'object' && !Array.isArray(props.answer) ? props.answer : {});
  const textOf = (id: string) => props.question.items.find((item) => item.id === id)?.text ?? id;
  const labelOf = (id: string) => props.question.categories.find((c) => c.id === id)?.label ?? '';
  const pile = () => props.question.items.filter((item) => !placed()[item.id]);
  const focusCard = (id: string) => queueMicrotask(() => root?.querySelector<HTMLElement>(`[data-card="${id}"]`)?.focus());

  const tapCard = (id: string) => {
    if (picked() === id) {
      setPicked();
      setSaid(fill(props.strings.unpicked, { item: textOf(id) }));
      return;
    }
    if (placed()[id]) {
      props.onAnswer(placeCard(placed(), id));
      focusCard(id);
    }
    setPicked(id);
    setSaid(fill(props.strings.picked, { item: textOf(id) }));
  };
  const tapGroup = (categoryId: string) => {
    const id = picked();
    if (id === undefined) return;
    props.onAnswer(placeCard(placed(), id, categoryId));
    setPicked();
    setSaid(fill(props.strings.placed, { item: textOf(id), category: labelOf(categoryId) }));
  };

  const card = (item: Sorting['items'][number]) => (
    <button
      type="button"
      class="sort-card"
      data-card={item.id}
      aria-pressed={picked() === item.id}
      disabled={props.checked}
      onClick={() => tapCard(item.id)}
    >
      <Label text={item.text} />
    </button>
  );

  return (
    <div role="group" aria-labelledby={props.labelId} class="answer sorting" ref={root}>
      <Show when={!props.checked}>
        <p class="meta">{props.strings.sortHint}</p>
        <h4 id={`${props.labelId}-pile`}>{props.strings.toSort}</h4>
        <ul class="sort-pile" aria-labelledby={`${props.labelId}-pile`}>
          <For each={pile()}>{(item) => <li>{card(item)}</li>}</For>
        </ul>
      </Show>
      <ul class="sort-groups">
        <For each={props.question.categories}>
          {(category) => (
            <li class="sort-group">
              <button
                type="button"
                class="sort-group-name secondary"
                aria-disabled={picked() === undefined ? 'true' : undefined}
                disabled={props.checked}
                onClick={() => tapGroup(category.id)}
              >
                <Label text={category.label} />
              </button>
              <ul class="sort-placed" aria-label={category.label}>
                <For each={props.question.items.filter((item) => placed()[item.id] === category.id)}>
                  {(item) => {
                    const right = () => item.category === category.id;
                    return (
                      <li class={`sort-item${markClass(props.checked, right())}`}>
                        {card(item)}
                        <Show when={props.checked}>
                          <span class="option-feedback">
                            <strong>
                              {right()
                                ? props.strings.sortedRight
                                : fill(props.strings.belongsIn, { category: labelOf(item.category) })}{' '}
                            </strong>
                            <Show when={!props.short}>{item.feedback}</Show>
                          </span>
                        </Show>
                      </li>
                    );
                  }}
                </For>
              </ul>
            </li>
          )}
        </For>
      </ul>
      <p class="visually-hidden" aria-live="polite">
        {said()}
      </p>
    </div>
  );
}
