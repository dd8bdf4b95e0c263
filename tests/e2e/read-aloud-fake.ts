import type { Page } from '@playwright/test';

/** A voice the fake speech engine offers (the browser's SpeechSynthesisVoice). */
export interface FakeVoice {
  lang: string;
  localService?: boolean;
}

/** What the fake engine was asked: an utterance, or a cancel. */
export type SpeechRecord = { text: string; lang: string; rate: number; voice: string | null } | 'cancel';

/**
 * Replaces the browser's speech engine (headless Chromium may have no voice) by a fake that offers
 * `voices`, records every utterance and cancel through `record` (also across a navigation), and
 * lets the test play the current utterance's events: `window.fakeSpeech.boundary(charIndex,
 * charLength)` and `window.fakeSpeech.end()`. Cancels are also counted in sessionStorage
 * (`fake-speech-cancels`). With `voices` null, the page has no speech API at all.
 */
export async function fakeSpeech(page: Page, voices: FakeVoice[] | null): Promise<SpeechRecord[]> {
  const records: SpeechRecord[] = [];
  await page.exposeFunction('recordSpeech', (record: SpeechRecord) => records.push(record));
  await page.addInitScript((voices) => {
    const w = window as unknown as Record<string, unknown> & { recordSpeech(record: unknown): void };
    if (voices === null) {
      delete (Window.prototype as unknown as Record<string, unknown>)['speechSynthesis'];
      delete w['speechSynthesis'];
      delete w['SpeechSynthesisUtterance'];
      return;
    }
    type Handler = ((event: Event) => void) | null;
    class FakeUtterance extends EventTarget {
      lang = '';
      rate = 1;
      voice: { lang: string } | null = null;
      onboundary: Handler = null;
      onend: Handler = null;
      onerror: Handler = null;
      constructor(public text: string) {
        super();
      }
    }
    const fire = (utterance: FakeUtterance, type: 'boundary' | 'end' | 'error', extra: object = {}) => {
      const event = Object.assign(new Event(type), extra);
      utterance[`on${type}`]?.(event);
    };
    let current: FakeUtterance | null = null;
    const engine = Object.assign(new EventTarget(), {
      speaking: false,
      pending: false,
      paused: false,
      getVoices: () =>
        voices.map((voice) => ({
          name: `Fake ${voice.lang}`,
          voiceURI: voice.lang,
          default: false,
          localService: true,
          ...voice,
        })),
      speak(utterance: FakeUtterance) {
        current = utterance;
        w.recordSpeech({
          text: utterance.text,
          lang: utterance.lang,
          rate: utterance.rate,
          voice: utterance.voice?.lang ?? null,
        });
      },
      cancel() {
        const cancelled = current;
        current = null;
        w.recordSpeech('cancel');
        // Also where the next page of the site can read it: a binding call made while the page unloads can be lost.
        sessionStorage.setItem('fake-speech-cancels', String(Number(sessionStorage.getItem('fake-speech-cancels')) + 1));
        if (cancelled) fire(cancelled, 'error', { error: 'interrupted' });
      },
      pause() {},
      resume() {},
    });
    Object.defineProperty(window, 'speechSynthesis', { value: engine, configurable: true });
    w['SpeechSynthesisUtterance'] = FakeUtterance;
    w['fakeSpeech'] = {
      boundary: (charIndex: number, charLength?: number) =>
        current && fire(current, 'boundary', { charIndex, charLength, name: 'word' }),
      end: () => {
        const ended = current;
        current = null;
        if (ended) fire(ended, 'end');
      },
      current: () => current?.text ?? null,
    };
  }, voices);
  return records;
}

/** The utterances recorded so far (cancels left out). */
export const utterances = (records: SpeechRecord[]) => records.filter((record) => record !== 'cancel');
