import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue, lintContent } from '../../src/lib/content-lint/lint';
import { facts } from '../../src/data/facts';
import { pictureNames } from '../../src/data/pictures';
import { helplinesFile } from '../../src/lib/helplines';
import { lintFiles } from '../support/read-content';

/**
 * The content linter on small files of bad content (tests/fixtures/lint/), one mistake each: what
 * authors see. Apart from the run over the whole site (content-lint.test.ts), so that mutation
 * testing can run these in milliseconds (vitest.mutation.config.ts).
 */

/** The day the tests pretend it is, so that review-date warnings do not change with the calendar. */
const TODAY = new Date('2026-11-28T00:00:00Z');
const fixture = (name: string) =>
  lintContent(
    lintFiles(join(import.meta.dirname, '../fixtures/lint', name)),
    helplinesFile,
    facts,
    TODAY,
    pictureNames,
  ).issues.map(formatIssue);

describe('content linter on bad content', () => {
  it('rejects a phone number that is not a helpline, and accepts one that is', () => {
    expect(fixture('unknown-number')).toMatchInlineSnapshot(`
      [
        "lessons/en/fixture.mdx:13: error: phone number "0800 12 345" is not in src/data/helplines.json: remove it (the help card shows the helplines) or add the service to that file",
      ]
    `);
  });

  it('rejects a web address that is not a helpline (but not a source)', () => {
    expect(fixture('unknown-address')).toMatchInlineSnapshot(`
      [
        "lessons/en/fixture.mdx:13: error: web address "www.some-forum.com" is not in src/data/helplines.json: remove it (the help card shows the helplines) or add the service to that file",
      ]
    `);
  });

  it('rejects a phrase that blames the victim', () => {
    expect(fixture('blaming')).toMatchInlineSnapshot(`
      [
        "lessons/en/fixture.mdx:14: error: "your own fault" blames or frightens (content guide, "Tone"): say it without blame or fear",
      ]
    `);
  });

  it('rejects a text too hard for its band', () => {
    expect(fixture('too-hard')).toMatchInlineSnapshot(`
      [
        "lessons/en/fixture.mdx:10: error: reading ease -105.4 (Flesch) is below 82, the floor for ages 6-8: use shorter sentences (now 8.5 words on average) and shorter, everyday words",
      ]
    `);
  });

  it('warns when the last review is more than 12 months old', () => {
    expect(fixture('old-review')).toMatchInlineSnapshot(`
      [
        "lessons/en/fixture.mdx: warning: last reviewed 2024-01-15, more than 12 months ago: check it against the content guide and update "lastReviewed"",
      ]
    `);
  });

  it('checks each language of a quiz with its own phrases', () => {
    expect(fixture('quiz-phrase')).toMatchInlineSnapshot(`
      [
        "quizzes/fixture.yaml:5: error: "c'est ta faute" blames or frightens (content guide, "Tone"): say it without blame or fear",
      ]
    `);
  });

  it("rejects the law, an age of consent or a figure in an author's own words, and suggests facts", () => {
    const issues = fixture('legal-wording');
    // The suggestions follow the facts data; the best one is pinned, and the rest of each message.
    const suggestions = /, e\.g\. ([a-z0-9-]+(?:, [a-z0-9-]+)*), or say/;
    expect(issues.map((issue) => suggestions.exec(issue)?.[1]?.split(', ')[0])).toEqual([
      'sharing-without-consent',
      'sexual-majority',
      'sextortion-figures-2025',
      'sharing-without-consent',
    ]);
    expect(issues.map((issue) => issue.replace(suggestions, ', e.g. …, or say'))).toMatchInlineSnapshot(`
      [
        "lessons/en/fixture.mdx:15: error: "crime" states the law in the author's own words: use an approved fact instead (<Fact id="…" /> in a lesson or notes, {fact:…} in a quiz or a notes field), e.g. …, or say it without legal wording",
        "lessons/en/fixture.mdx:16: error: "16 … consent" states an age of consent in the author's own words: use an approved fact instead (<Fact id="…" /> in a lesson or notes, {fact:…} in a quiz or a notes field), e.g. …, or say it without legal wording",
        "lessons/en/fixture.mdx:17: error: "93%" states a figure in the author's own words: use an approved fact instead (<Fact id="…" /> in a lesson or notes, {fact:…} in a quiz or a notes field), e.g. …, or say it without the figure",
        "quizzes/fixture.yaml:6: error: "strafbaar" states the law in the author's own words: use an approved fact instead (<Fact id="…" /> in a lesson or notes, {fact:…} in a quiz or a notes field), e.g. …, or say it without legal wording",
      ]
    `);
  });

  it('rejects claims that FACTS.md says never to state, with what to say instead', () => {
    expect(fixture('never-state')).toMatchInlineSnapshot(`
      [
        "lessons/nl/fixture.mdx:13: error: FACTS.md §1 "Grooming victims" says never to state this: do not say boys are targeted "as much as" girls: about 80% of grooming files concern girls under 16 (teacher fact grooming-victims-2022); say that boys are targeted too",
        "lessons/nl/fixture.mdx:14: error: FACTS.md §3 item 4 says never to state this: do not promise a pupil they will not get into trouble: say "you are the victim; asking for help is the right thing to do"",
      ]
    `);
  });
});
