import { createSignal, onCleanup, onMount, Show } from 'solid-js';
import type { QuizStrings } from './strings';

interface Props {
  /** What to say. */
  text: string;
  /** BCP 47 language of the voice, e.g. "fr-BE". */
  lang: string;
  strings: QuizStrings;
}

/** Reads the question aloud with the browser's own voices; hidden where the browser cannot speak. */
export default function ReadAloud(props: Props) {
  const [supported, setSupported] = createSignal(false);
  const [speaking, setSpeaking] = createSignal(false);
  onMount(() => setSupported('speechSynthesis' in window && 'SpeechSynthesisUtterance' in window));
  const stop = () => {
    if (supported()) window.speechSynthesis.cancel();
    setSpeaking(false);
  };
  onCleanup(stop);
  const speak = () => {
    if (speaking()) return stop();
    window.speechSynthesis.cancel();
    const utterance = new SpeechSynthesisUtterance(props.text);
    utterance.lang = props.lang;
    utterance.onend = () => setSpeaking(false);
    utterance.onerror = () => setSpeaking(false);
    setSpeaking(true);
    window.speechSynthesis.speak(utterance);
  };

  return (
    <Show when={supported()}>
      <button type="button" class="secondary read-aloud" aria-pressed={speaking()} onClick={speak}>
        <span aria-hidden="true">🔊 </span>
        {speaking() ? props.strings.stopReading : props.strings.readAloud}
      </button>
    </Show>
  );
}
