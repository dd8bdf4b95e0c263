import { createSignal } from 'solid-js';
import type { ClassStrings } from './strings';

interface Props {
  /** Counts a code (the page announces what happened); true when it was counted. */
  onCode: (text: string) => boolean;
  strings: ClassStrings;
}

/** The field for typed codes: Enter or the button counts the code; the field empties once it is counted. */
export default function TypeCode(props: Props) {
  const [code, setCode] = createSignal('');
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (props.onCode(code())) setCode('');
  };
  return (
    <section class="class-type no-print" aria-labelledby="class-type-title">
      <h3 id="class-type-title">{props.strings.typeTitle}</h3>
      <form onSubmit={submit} class="class-inline-form">
        <label for="class-code">{props.strings.typeLabel}</label>
        <input
          id="class-code"
          type="text"
          class="class-code"
          autocomplete="off"
          autocapitalize="characters"
          spellcheck={false}
          aria-describedby="class-code-hint"
          value={code()}
          onInput={(event) => setCode(event.currentTarget.value)}
        />
        <button type="submit">{props.strings.typeButton}</button>
      </form>
      <p id="class-code-hint" class="meta">
        {props.strings.typeHint}
      </p>
    </section>
  );
}
