import { describe, expect, it } from 'vitest';
import { situations } from '../../src/data/situations';
import { findContacts, knownContacts } from '../../src/lib/content-lint/contacts';
import { findLegalWording } from '../../src/lib/content-lint/legal-wording';
import { findNeverStated } from '../../src/lib/content-lint/never-state';
import { findRejectedPhrases } from '../../src/lib/content-lint/phrases';
import { helplinesFile } from '../../src/lib/helplines';
import { situationServices, situationTexts } from '../../src/lib/situations';
import { REGIONS } from '../../src/schemas/helplines';
import { LANGUAGES } from '../../src/schemas/languages';

// Importing the data validates it: every fact, service, lesson and picture it names exists.

describe('"Something happened? Start here" situations (src/data/situations.json)', () => {
  it('covers the five situations of the issue', () => {
    expect(situations.map((s) => s.id)).toEqual([
      'asked-for-a-picture',
      'threatened-with-a-picture',
      'picture-going-round',
      'someone-hurt-me',
      'worried-about-a-friend',
    ]);
  });

  it('gives the same steps in every language: same count, every text written, the same numbers', () => {
    for (const situation of situations) {
      for (const [index, step] of situation.steps.entries()) {
        const numbers = LANGUAGES.map((lang) => (step[lang].match(/\d+/g) ?? []).join(' '));
        expect(new Set(numbers).size, `${situation.id} step ${index + 1}: ${numbers.join(' | ')}`).toBe(1);
        for (const lang of LANGUAGES)
          expect(step[lang].trim().length, `${situation.id} step ${index + 1} (${lang})`).toBeGreaterThan(0);
      }
    }
  });

  it('shows services for every region', () => {
    for (const situation of situations) {
      for (const region of REGIONS) {
        expect(situationServices(situation, region, 'fr').length, `${situation.id} in ${region}`).toBeGreaterThan(0);
      }
    }
  });

  it('passes the content checks: no legal wording or figure outside the facts, nothing never to state, no blaming phrase, only known numbers', () => {
    const contacts = knownContacts(helplinesFile);
    const problems: string[] = [];
    for (const situation of situations) {
      for (const { field, text } of situationTexts(situation)) {
        for (const lang of LANGUAGES) {
          const where = `${situation.id}.${field}.${lang}`;
          for (const finding of findLegalWording(text[lang], lang)) problems.push(`${where}: legal wording "${finding.text}"`);
          for (const claim of findNeverStated(text[lang], lang)) problems.push(`${where}: never state (${claim.ref})`);
          for (const { phrase } of findRejectedPhrases(text[lang], lang)) problems.push(`${where}: phrase "${phrase}"`);
          for (const contact of findContacts(text[lang])) {
            const known = contact.kind === 'phone' ? contacts.phones.has(contact.key) : contacts.hosts.has(contact.key);
            if (!known) problems.push(`${where}: unknown ${contact.kind} "${contact.text}"`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("says it is never the pupil's fault where a picture or harm is involved", () => {
    const never = { fr: /jamais de ta faute/, nl: /nooit jouw schuld/, en: /never your fault/ };
    for (const situation of situations.filter((s) => s.id !== 'worried-about-a-friend')) {
      for (const lang of LANGUAGES) expect(situation.calm[lang], `${situation.id} (${lang})`).toMatch(never[lang]);
    }
  });
});
