// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeSpeech, removeFakeSpeech } from './fake-speech';
import ReadAloud from './ReadAloud';
import { testStrings as s } from './test-quiz';

afterEach(() => {
  cleanup();
  removeFakeSpeech();
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
