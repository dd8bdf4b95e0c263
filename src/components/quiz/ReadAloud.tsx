import { createSignal, onCleanup, onMount, Show } from 'solid-js';
import { chooseVoice } from '../../lib/read-aloud/choose-voice';
import type { QuizStrings } from './strings';

interface Props {
  /** What to say. */
  text: string;
  /** BCP 47 language of the voice, e.g. "fr-BE". */
  lang: string;
  strings: QuizStrings;
  /** The button's label instead of "Read aloud", e.g. `strings.readFeedback` for the feedback after "check". */
  label?: string;
}

/**
 * Reads a text aloud (the question, or the feedback) with a voice of the device in the page's
 * language; hidden where the browser cannot speak or has no such voice (never French read by an
 * English voice). Starting it stops any other speech of the page (a lesson section, another button).
 */
export default function ReadAloud(props: Props) {
  const [voice, setVoice] = createSignal<SpeechSynthesisVoice>();
  const [speaking, setSpeaking] = createSignal(false);
  onMount(() => {
    if (!('speechSynthesis' in window && 'SpeechSynthesisUtterance' in window)) return;
    const find = () => setVoice(chooseVoice(window.speechSynthesis.getVoices(), props.lang));
    find();
    window.speechSynthesis.addEventListener('voiceschanged', find);
    onCleanup(() => window.speechSynthesis.removeEventListener('voiceschanged', find));
  });
  const stop = () => {
    if (voice()) window.speechSynthesis.cancel();
    setSpeaking(false);
  };
  onCleanup(stop);
  const speak = () => {
    if (speaking()) return stop();
    window.speechSynthesis.cancel();
    const utterance = new SpeechSynthesisUtterance(props.text);
    utterance.lang = props.lang;
    utterance.voice = voice() ?? null;
    utterance.onend = () => setSpeaking(false);
    utterance.onerror = () => setSpeaking(false);
    setSpeaking(true);
    window.speechSynthesis.speak(utterance);
  };

  return (
    <Show when={voice()}>
      <button type="button" class="secondary read-aloud" aria-pressed={speaking()} onClick={speak}>
        <span aria-hidden="true">🔊 </span>
        {speaking() ? props.strings.stopReading : (props.label ?? props.strings.readAloud)}
      </button>
    </Show>
  );
}
