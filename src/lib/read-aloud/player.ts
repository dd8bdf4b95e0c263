/**
 * Reads a list of texts (a lesson's sections) one utterance at a time, with pause and resume.
 * Pausing cancels the speech and remembers the last word reached; resuming speaks again from that
 * word. (The browsers' own pause() is unreliable: Chrome on Android ignores it or stops for good,
 * and desktop Chrome drops a speech paused for more than about 15 seconds.) Events of a cancelled
 * utterance are ignored. Pure: the speech engine is passed in (the browser's `speechSynthesis`).
 */
import { wordEnd } from './spoken-text';
import { splitUtterances } from './utterances';

/** What the player listens to on an utterance (the browser's `SpeechSynthesisUtterance` events). */
export interface UtteranceEvents {
  /** A word (or sentence: `name`) starts, at `charIndex` of the utterance's text. */
  boundary(event: { charIndex: number; charLength?: number; name?: string }): void;
  end(): void;
  error(): void;
}

/** What the player needs of the speech engine (the browser's `speechSynthesis`). */
export interface SpeechEngine<U> {
  speak(utterance: U): void;
  cancel(): void;
}

/** Where the player is. */
export type PlayerStatus = 'idle' | 'playing' | 'paused';

export interface PlayerOptions<U> {
  engine: SpeechEngine<U>;
  /** Makes an utterance of `text` with the voice, language and rate chosen for the page, calling `on` on its events. */
  utterance: (text: string, on: UtteranceEvents) => U;
  /** Language of the texts, for sentence ends (see utterances.ts). */
  lang: string;
  onStatus?: (status: PlayerStatus) => void;
  /** A section starts (index in the texts). */
  onSection?: (section: number) => void;
  /** A word is being spoken: offsets in its section's text; undefined when no word is (stopped, paused, finished). */
  onWord?: (word: { section: number; start: number; end: number } | undefined) => void;
}

export interface Player {
  /** Reads the texts from the start, stopping whatever was being read. */
  play(texts: readonly string[]): void;
  /** Stops the speech, remembering the word reached. */
  pause(): void;
  /** Reads on from the word reached. */
  resume(): void;
  /** Stops and forgets. */
  stop(): void;
  status(): PlayerStatus;
}

/** A player of texts through `options.engine`. */
export function createPlayer<U>(options: PlayerOptions<U>): Player {
  // Stryker disable next-line ArrayDeclaration: the texts are read only after play() sets them (resume needs a pause, which needs play).
  let texts: readonly string[] = [];
  let section = 0;
  let position = 0;
  let generation = 0;
  let status: PlayerStatus = 'idle';

  const setStatus = (next: PlayerStatus) => {
    if (next !== 'playing') options.onWord?.(undefined);
    if (next === status) return;
    status = next;
    options.onStatus?.(next);
  };

  const speakFrom = (from: number, announce: boolean) => {
    const current = generation;
    const text = texts[section];
    if (text === undefined) return setStatus('idle');
    const spans = splitUtterances(text.slice(from), options.lang).map(({ start, end }) => ({
      start: start + from,
      end: end + from,
    }));
    if (spans.length === 0) {
      section += 1;
      return speakFrom(0, true);
    }
    if (announce) options.onSection?.(section);
    setStatus('playing');
    const speakSpan = (index: number) => {
      const span = spans[index]!;
      position = span.start;
      const utterance = options.utterance(text.slice(span.start, span.end), {
        boundary(event) {
          if (current !== generation || (event.name !== undefined && event.name !== 'word')) return;
          const start = span.start + event.charIndex;
          const end = event.charLength ? start + event.charLength : wordEnd(text, start);
          position = start;
          options.onWord?.({ section, start, end: Math.min(end, span.end) });
        },
        end() {
          if (current !== generation) return;
          if (index + 1 < spans.length) return speakSpan(index + 1);
          section += 1;
          speakFrom(0, true);
        },
        error() {
          if (current === generation) stop();
        },
      });
      options.engine.speak(utterance);
    };
    speakSpan(0);
  };

  const silence = () => {
    // Stryker disable next-line AssignmentOperator: the generation only has to change; counting down never meets an older value either.
    generation += 1;
    options.engine.cancel();
  };

  function stop() {
    silence();
    // Stryker disable next-line ArrayDeclaration: after a stop the texts are read again only after play() sets them; this only lets them go.
    texts = [];
    setStatus('idle');
  }

  return {
    play(next) {
      silence();
      texts = next;
      section = 0;
      speakFrom(0, true);
    },
    pause() {
      if (status !== 'playing') return;
      silence();
      setStatus('paused');
    },
    resume() {
      if (status !== 'paused') return;
      speakFrom(position, false);
    },
    stop,
    status: () => status,
  };
}
