// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import ReadAloud from './ReadAloud';
import { testStrings as s } from './test-quiz';

interface Spoken {
  text: string;
  lang: string;
  voice: { lang: string } | null;
}

/** A speech engine with the given voices, recording what it is asked to say. */
function fakeSpeech(langs: string[]) {
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

afterEach(() => {
  cleanup();
  delete (window as unknown as Record<string, unknown>)['speechSynthesis'];
  delete (window as unknown as Record<string, unknown>)['SpeechSynthesisUtterance'];
});

describe('<ReadAloud>', () => {
  it('reads with a voice of the page language, falling back to another region', () => {
    const { spoken } = fakeSpeech(['en-GB', 'fr-FR']);
    render(() => <ReadAloud text="Bonjour." lang="fr-BE" strings={s} />);
    fireEvent.click(screen.getByRole('button', { name: s.readAloud }));
    expect(spoken.map(({ text, lang, voice }) => [text, lang, voice?.lang])).toEqual([['Bonjour.', 'fr-BE', 'fr-FR']]);
    expect(screen.getByRole('button', { name: s.stopReading }).getAttribute('aria-pressed')).toBe('true');
  });

  it('is hidden without a voice of the page language, and appears when one is installed', () => {
    const { engine } = fakeSpeech(['en-GB']);
    render(() => <ReadAloud text="Bonjour." lang="fr-BE" strings={s} />);
    expect(screen.queryByRole('button')).toBeNull();
    engine.getVoices = () => [{ lang: 'fr-BE', localService: true, default: false, name: 'fr' }];
    engine.dispatchEvent(new Event('voiceschanged'));
    expect(screen.getByRole('button', { name: s.readAloud })).toBeTruthy();
  });

  it('is hidden without the speech API', () => {
    render(() => <ReadAloud text="Hello." lang="en-GB" strings={s} />);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('takes another label, for the feedback', () => {
    fakeSpeech(['en-GB']);
    render(() => <ReadAloud text="Well done." lang="en-GB" strings={s} label={s.readFeedback} />);
    expect(screen.getByRole('button', { name: s.readFeedback })).toBeTruthy();
  });
});
