import { describe, expect, it } from 'vitest';
import { chooseVoice, type VoiceInfo } from './choose-voice';

const voice = (lang: string, extra: Partial<VoiceInfo> = {}): VoiceInfo & { name: string } => ({
  name: `${lang}${extra.default ? ' default' : ''}${extra.localService === false ? ' online' : ''}`,
  lang,
  localService: true,
  default: false,
  ...extra,
});
const name = (found: { name: string } | undefined) => found?.name;

describe('chooseVoice', () => {
  it('takes the exact locale first', () => {
    expect(name(chooseVoice([voice('fr-FR'), voice('fr-BE'), voice('en-GB')], 'fr-BE'))).toBe('fr-BE');
  });

  it('falls back from fr-BE to fr-FR, then to any French', () => {
    expect(name(chooseVoice([voice('fr-CA'), voice('fr-FR'), voice('en-GB')], 'fr-BE'))).toBe('fr-FR');
    expect(name(chooseVoice([voice('en-GB'), voice('fr-CA')], 'fr-BE'))).toBe('fr-CA');
  });

  it('falls back from nl-BE to nl-NL and from en-GB to en-US', () => {
    expect(name(chooseVoice([voice('en-US'), voice('nl-NL')], 'nl-BE'))).toBe('nl-NL');
    expect(name(chooseVoice([voice('en-AU'), voice('en-US')], 'en-GB'))).toBe('en-US');
  });

  it('gives none rather than a voice of another language', () => {
    expect(chooseVoice([voice('en-GB'), voice('de-DE'), voice('fy-NL')], 'fr-BE')).toBeUndefined();
    expect(chooseVoice([voice('en-GB'), voice('frr-DE')], 'fr-BE')).toBeUndefined();
    expect(chooseVoice([], 'nl-BE')).toBeUndefined();
  });

  it('never takes a voice that reads online', () => {
    expect(chooseVoice([voice('fr-BE', { localService: false })], 'fr-BE')).toBeUndefined();
    expect(name(chooseVoice([voice('fr-BE', { localService: false }), voice('fr-FR')], 'fr-BE'))).toBe('fr-FR');
  });

  it("prefers the device's default voice within a region", () => {
    expect(name(chooseVoice([voice('fr-FR'), voice('fr-FR', { default: true })], 'fr-BE'))).toBe('fr-FR default');
    expect(name(chooseVoice([voice('fr-CH'), voice('fr-CA', { default: true })], 'fr-BE'))).toBe('fr-CA default');
  });

  it('reads Android tags with an underscore and any letter case', () => {
    expect(name(chooseVoice([voice('en-GB'), voice('nl_be')], 'nl-BE'))).toBe('nl_be');
    expect(name(chooseVoice([voice('NL_NL')], 'nl-BE'))).toBe('NL_NL');
  });

  it('reads a page without a region in the Belgian or British voice first, then the French, Dutch or American one', () => {
    expect(name(chooseVoice([voice('fr-CA'), voice('fr-FR'), voice('fr-BE')], 'fr'))).toBe('fr-BE');
    expect(name(chooseVoice([voice('nl-SR'), voice('nl-NL'), voice('nl-BE')], 'nl'))).toBe('nl-BE');
    expect(name(chooseVoice([voice('nl-SR'), voice('nl-NL')], 'nl'))).toBe('nl-NL');
    expect(name(chooseVoice([voice('en-AU'), voice('en-US'), voice('en-GB')], 'en'))).toBe('en-GB');
  });
});
