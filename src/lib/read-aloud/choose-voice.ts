/** What read-aloud needs to know of a voice (the browser's `SpeechSynthesisVoice`). */
export interface VoiceInfo {
  /** BCP 47 tag, e.g. "fr-BE"; some Android versions write "fr_BE". */
  lang: string;
  /** False for voices that send the text to a server (e.g. Chrome's "Google" voices). */
  localService: boolean;
  /** The device's default voice. */
  default: boolean;
}

const normalise = (tag: string) => tag.replace(/_/g, '-').toLowerCase();

/** The regions tried first for each language, in order (Balise's locales, then the most common voices). */
const PREFERRED: Record<string, readonly string[]> = {
  fr: ['fr-be', 'fr-fr'],
  nl: ['nl-be', 'nl-nl'],
  en: ['en-gb', 'en-us'],
};

/**
 * The voice to read a page of `locale` (e.g. "fr-BE") with: that exact locale, then the preferred
 * regions of its language (fr-BE → fr-FR, nl-BE → nl-NL, en-GB → en-US), then any region of the
 * language; the device's default voice first within each. Only voices of the device itself: they
 * work offline and send nothing to another party. None when the device has no such voice (never
 * a voice of another language).
 */
export function chooseVoice<V extends VoiceInfo>(voices: readonly V[], locale: string): V | undefined {
  const wanted = normalise(locale);
  const language = wanted.split('-')[0]!;
  const local = voices.filter((voice) => voice.localService);
  // Stryker disable next-line ArrayDeclaration: a normalised (lower-case) voice tag never equals the mutant's capitalised entry.
  const tiers = [wanted, ...(PREFERRED[language] ?? [])];
  for (const tier of tiers) {
    const found = local.filter((voice) => normalise(voice.lang) === tier);
    if (found.length > 0) return found.find((voice) => voice.default) ?? found[0];
  }
  const sameLanguage = local.filter((voice) => normalise(voice.lang).split('-')[0] === language);
  return sameLanguage.find((voice) => voice.default) ?? sameLanguage[0];
}
