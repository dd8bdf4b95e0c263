/** What a fake speech engine was asked to say. */
export interface Spoken {
  text: string;
  lang: string;
  voice: { lang: string } | null;
}

/**
 * For component tests (jsdom has no speech): installs a speech engine on `window` with local
 * voices of the given languages, recording what it is asked to say. `removeFakeSpeech()` after each test.
 */
export function fakeSpeech(langs: string[]) {
  const spoken: Spoken[] = [];
  const engine = Object.assign(new EventTarget(), {
    getVoices: () => langs.map((lang) => ({ lang, localService: true, default: false, name: lang })),
    speak: (utterance: Spoken) => spoken.push(utterance),
    cancel: () => {},
  });
  class Utterance {
    lang = '';
    voice = null;
    constructor(public text: string) {}
  }
  Object.assign(window, { speechSynthesis: engine, SpeechSynthesisUtterance: Utterance });
  return { spoken, engine };
}

/** Takes the fake speech engine away again. */
export function removeFakeSpeech(): void {
  delete (window as unknown as Record<string, unknown>)['speechSynthesis'];
  delete (window as unknown as Record<string, unknown>)['SpeechSynthesisUtterance'];
}
