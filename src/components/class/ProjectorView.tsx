import { createMemo, createSignal, For, onCleanup, onMount, Show, type JSX } from 'solid-js';
import type { ClassStrings } from './strings';

interface Props {
  title: string;
  onClose: () => void;
  strings: ClassStrings;
  /** The headline figures. */
  headline: JSX.Element;
  /** Number of questions, and one question's summary by its index. */
  count: number;
  question: (index: number) => JSX.Element;
}

/**
 * The summary large on the projector, as the slides look: one question at a time (arrows or the
 * buttons) or all of them. Anonymous by nature: a summary holds no pupil. Escape closes it.
 */
export default function ProjectorView(props: Props) {
  let dialog!: HTMLDivElement;
  const [index, setIndex] = createSignal(0);
  const [all, setAll] = createSignal(false);
  const count = () => props.count;
  const indexes = createMemo(() => Array.from({ length: props.count }, (_, index) => index));
  const go = (step: number) => setIndex((current) => Math.min(count() - 1, Math.max(0, current + step)));
  const keys = (event: KeyboardEvent) => {
    if (event.key === 'Escape') props.onClose();
    else if (event.key === 'ArrowRight' || event.key === 'PageDown') go(1);
    else if (event.key === 'ArrowLeft' || event.key === 'PageUp') go(-1);
  };
  const opener = document.activeElement as HTMLElement | null;
  onMount(() => {
    dialog.focus();
    document.body.classList.add('class-projecting');
  });
  onCleanup(() => {
    document.body.classList.remove('class-projecting');
    opener?.focus();
  });
  return (
    <div
      class="class-projector"
      role="dialog"
      aria-modal="true"
      aria-label={props.title}
      tabIndex={-1}
      ref={dialog}
      onKeyDown={keys}
    >
      <nav class="class-projector-controls" aria-label={props.title}>
        <Show when={!all()}>
          <button type="button" onClick={() => go(-1)} disabled={index() === 0}>
            {props.strings.projectorPrevious}
          </button>
          <button type="button" onClick={() => go(1)} disabled={index() >= count() - 1}>
            {props.strings.projectorNext}
          </button>
        </Show>
        <button type="button" aria-pressed={all()} onClick={() => setAll(!all())}>
          {props.strings.projectorAll}
        </button>
        <button type="button" onClick={() => props.onClose()}>
          {props.strings.projectorClose}
        </button>
      </nav>
      {props.headline}
      <div class="class-projector-questions" classList={{ 'is-all': all() }}>
        <Show when={all()} fallback={<For each={[index()]}>{(shown) => props.question(shown)}</For>}>
          <For each={indexes()}>{(shown) => props.question(shown)}</For>
        </Show>
      </div>
    </div>
  );
}
