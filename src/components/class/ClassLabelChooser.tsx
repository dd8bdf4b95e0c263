import { createSignal, For, Show } from 'solid-js';
import { fill } from '../../i18n/fill';
import { cleanLabel, LABEL_MAX } from '../../lib/class-results/class-record';
import type { ClassStrings } from './strings';

interface Props {
  /** Labels of the classes kept for this lesson, newest first. */
  labels: string[];
  current: string;
  onChoose: (label: string) => void;
  strings: ClassStrings;
}

/** Chooses the class: a label typed (a new class or a kept one) or one of the kept classes. */
export default function ClassLabelChooser(props: Props) {
  const [typed, setTyped] = createSignal('');
  const open = (event: SubmitEvent) => {
    event.preventDefault();
    const label = cleanLabel(typed());
    if (label) props.onChoose(label);
    setTyped('');
  };
  return (
    <section class="class-label no-print" aria-labelledby="class-label-title">
      <h2 id="class-label-title">{props.strings.labelTitle}</h2>
      <form onSubmit={open} class="class-inline-form">
        <label for="class-label-input">{props.strings.label}</label>
        <input
          id="class-label-input"
          type="text"
          maxLength={LABEL_MAX}
          autocomplete="off"
          aria-describedby="class-label-hint"
          value={typed()}
          onInput={(event) => setTyped(event.currentTarget.value)}
        />
        <button type="submit">{props.strings.labelOpen}</button>
      </form>
      <p id="class-label-hint" class="meta">
        {props.strings.labelHint}
      </p>
      <Show when={props.labels.length > 0}>
        <h3>{props.strings.labelKept}</h3>
        <ul class="class-labels">
          <For each={props.labels}>
            {(label) => (
              <li>
                <button type="button" aria-pressed={label === props.current} onClick={() => props.onChoose(label)}>
                  {fill(props.strings.current, { label })}
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
