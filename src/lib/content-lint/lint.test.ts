import { describe, expect, it } from 'vitest';
import { helplinesFile } from '../helplines';
import { formatIssue, lintContent, type LintFile } from './lint';

const TODAY = new Date('2026-11-28T00:00:00Z');
const DAY = 86_400_000;
const lint = (...files: LintFile[]) => lintContent(files, helplinesFile, new Map(), TODAY);
const messages = (...files: LintFile[]) => lint(...files).issues.map(formatIssue);

const FRONT = '---\ntitle: Fixture\nband: 6-8\n---\n';
/** A pupil lesson; its body starts on line 5 of the file. */
const lesson = (body: string, extra: Partial<LintFile> = {}): LintFile => ({
  file: 'lessons/en/fixture.mdx',
  kind: 'lesson',
  raw: FRONT + body,
  lang: 'en',
  band: '6-8',
  body,
  ...extra,
});
/** A pupil lesson without a band, so that its reading level is not checked. */
const unscored = (body: string, extra: Partial<LintFile> = {}): LintFile => {
  const { band: _band, ...file } = lesson(body, extra);
  return file;
};
const quiz = (raw: string): LintFile => ({ file: 'quizzes/fixture.yaml', kind: 'quiz', raw });

// Taken from the data file, so the test follows it when services change.
const phoneLine = helplinesFile.helplines.find((line) => line.phone)!;
const webHost = new URL(helplinesFile.helplines.find((line) => line.web)!.web!).hostname;

describe('lintContent: phone numbers and web addresses', () => {
  it("accepts a helpline's own number and web address", () => {
    expect(messages(unscored(`Call ${phoneLine.phone}.\n\nOr go to https://${webHost}/help.\n`))).toEqual([]);
  });

  it('rejects a number or an address that is not a helpline, on its line', () => {
    expect(messages(unscored('Call 0800 12 345.\n\nGo to www.some-forum.com for advice.\n'))).toMatchInlineSnapshot(`
      [
        "lessons/en/fixture.mdx:5: error: phone number "0800 12 345" is not in src/data/helplines.json: remove it (the help card shows the helplines) or add the service to that file",
        "lessons/en/fixture.mdx:7: error: web address "www.some-forum.com" is not in src/data/helplines.json: remove it (the help card shows the helplines) or add the service to that file",
      ]
    `);
  });

  it('checks an address on a line that only mentions "url:"', () => {
    expect(messages(unscored('The url: www.some-forum.com\n'))).toEqual([
      'lessons/en/fixture.mdx:5: error: web address "www.some-forum.com" is not in src/data/helplines.json: remove it (the help card shows the helplines) or add the service to that file',
    ]);
  });

  it("leaves the addresses of a lesson's sources alone", () => {
    const raw = `---\nsources:\n  - title: Report\n    url: https://www.example.org/report\n---\nHello.\n`;
    expect(messages({ ...unscored('Hello.\n'), raw })).toEqual([]);
  });
});

describe('lintContent: phrases that blame or frighten', () => {
  it('checks a lesson in its own language', () => {
    expect(messages(unscored('A predator.\n', { lang: 'fr', file: 'lessons/fr/f.mdx' }))).toEqual([]);
    expect(messages(unscored('Un prédateur.\n', { lang: 'fr', file: 'lessons/fr/f.mdx' }))).toEqual([
      'lessons/fr/f.mdx:5: error: "prédateur" blames or frightens (content guide, "Tone"): say it without blame or fear',
    ]);
  });

  it("checks each language line of a quiz with that language's phrases, and other lines with every language", () => {
    const raw = 'questions:\n  - id: predator\n    prompt:\n      fr: Un predator\n      en: A predator\n';
    expect(messages(quiz(raw))).toEqual([
      'quizzes/fixture.yaml:2: error: "predator" blames or frightens (content guide, "Tone"): say it without blame or fear',
      'quizzes/fixture.yaml:5: error: "predator" blames or frightens (content guide, "Tone"): say it without blame or fear',
    ]);
  });

  it('checks a quiz line in every language when it does not start with a language key', () => {
    expect(messages(quiz('  note: a predator, fr: un prédateur\n')).length).toBe(2);
  });

  it('lets teacher notes quote what pupils may say', () => {
    expect(messages({ file: 'lessons/en/fixture.teacher.mdx', kind: 'notes', raw: 'It is your fault, they say.\n' })).toEqual([]);
  });
});

describe('lintContent: review dates', () => {
  const reviewed = (daysAgo: number) => unscored('Hello.\n', { lastReviewed: new Date(TODAY.getTime() - daysAgo * DAY) });

  it('does not warn about a review a few months or exactly a year old', () => {
    expect(messages(reviewed(90))).toEqual([]);
    expect(messages(reviewed(365))).toEqual([]);
  });

  it('warns, without failing, about a review more than 12 months old', () => {
    expect(lint(reviewed(366)).issues).toEqual([
      {
        file: 'lessons/en/fixture.mdx',
        severity: 'warning',
        rule: 'review-date',
        message:
          'last reviewed 2025-11-27, more than 12 months ago: check it against the content guide and update "lastReviewed"',
      },
    ]);
  });
});

describe('lintContent: reading level', () => {
  it('scores each pupil lesson against the floor of its band', () => {
    const { issues, scores } = lint(lesson('I can say no. I tell my mum.\n'));
    expect(issues).toEqual([]);
    expect(scores).toEqual([
      { file: 'lessons/en/fixture.mdx', lang: 'en', band: '6-8', score: 118.2, floor: 82, wordsPerSentence: 4 },
    ]);
  });

  it('rejects a lesson too hard for its band, at the first line of its body', () => {
    const hard = 'Unfortunately, communication technologies occasionally facilitate exploitation.\n';
    const nl = lesson(hard, { lang: 'nl', file: 'lessons/nl/f.mdx' });
    const fr = lesson(hard, { lang: 'fr', file: 'lessons/fr/f.mdx', band: '15-18' });
    expect(messages(lesson(hard), nl, fr)).toMatchInlineSnapshot(`
      [
        "lessons/en/fixture.mdx:5: error: reading ease -180 (Flesch) is below 82, the floor for ages 6-8: use shorter sentences (now 6 words on average) and shorter, everyday words",
        "lessons/nl/f.mdx:5: error: reading ease -196.6 (Flesch–Douma) is below 82, the floor for ages 6-8: use shorter sentences (now 6 words on average) and shorter, everyday words",
        "lessons/fr/f.mdx:5: error: reading ease -142.6 (Kandel–Moles) is below 75, the floor for ages 15-18: use shorter sentences (now 6 words on average) and shorter, everyday words",
      ]
    `);
  });

  it('scores an empty lesson as easy, and neither notes, quizzes nor a lesson without a band', () => {
    expect(lint(lesson('')).scores).toEqual([
      { file: 'lessons/en/fixture.mdx', lang: 'en', band: '6-8', score: 100, floor: 82, wordsPerSentence: 0 },
    ]);
    const hard = 'Unfortunately, communication technologies occasionally facilitate exploitation.\n';
    const { band: _band, ...withoutBand } = lesson(hard);
    const { lang: _lang, ...withoutLang } = lesson(hard);
    const notes: LintFile = { ...lesson(hard), kind: 'notes' };
    expect(lint(withoutBand, withoutLang, notes, quiz(hard))).toEqual({ issues: [], scores: [] });
  });
});

describe('lintContent: word budget, pictures and feedback length', () => {
  const pictures = new Set(['mobile-phone', 'house']);
  const withPictures = (...files: LintFile[]) =>
    lintContent(files, helplinesFile, new Map(), TODAY, pictures).issues.map(formatIssue);

  it('refuses a 6-8 lesson over its word budget, saying by how much', () => {
    const long = 'I can say no. '.repeat(88); // 352 words
    expect(withPictures(lesson(long))).toEqual([
      'lessons/en/fixture.mdx:5: error: 352 words before the quiz, 2 over the budget of 350 for ages 6-8: cut to one idea per section and shorter examples',
    ]);
    expect(withPictures(lesson(long, { band: '9-11' }))).toEqual([]);
  });

  it('wants a known picture with alt under every 6-8 heading, and checks the card picture', () => {
    const body =
      '## Phone\n<Picture name="mobile-phone" alt="A phone" />\nI can say no.\n## Home\nI tell my mum.\n## Help\n<Picture name="hous" />\n';
    const raw = `---\ntitle: Fixture\nband: 6-8\npicture: phone\n---\n${body}`;
    expect(withPictures(lesson(body, { raw }))).toEqual([
      'lessons/en/fixture.mdx:4: error: "picture" in the front matter: <Picture name="phone">: no picture by that name in the set: did you mean mobile-phone? (names: lessons/README.md, "Pictures")',
      'lessons/en/fixture.mdx:12: error: <Picture name="hous">: no picture by that name in the set: did you mean house? (names: lessons/README.md, "Pictures")',
      'lessons/en/fixture.mdx:12: error: <Picture name="hous"> needs alt: say what it shows (alt="A phone"), or alt="" if it only decorates',
      'lessons/en/fixture.mdx:9: error: section "Home" has no picture: every section of a 6-8 lesson shows one (<Picture name="…" alt="…" />)',
    ]);
    expect(withPictures(lesson(body, { raw, band: '12-14' })).filter((m) => m.includes('has no picture'))).toEqual([]);
  });

  it('keeps 6-8 quiz feedback to one short sentence, and leaves older bands alone', () => {
    const raw =
      'questions:\n  - id: q\n    feedback:\n      right:\n        en: "Yes! That is right."\n      wrong:\n        en: "Not quite: a trusted adult listens to you, believes you and helps you every time."\n';
    expect(messages({ ...quiz(raw), band: '6-8' })).toEqual([
      'quizzes/fixture.yaml:7: error: feedback of 15 words: for ages 6-8 it is one short sentence of at most 14 words; move the rest to "explanation" (shown by "Tell me more")',
    ]);
    expect(messages({ ...quiz(raw), band: '9-11' })).toEqual([]);
    expect(messages(quiz(raw))).toEqual([]);
  });
});

describe('formatIssue', () => {
  it('writes file, line, severity and message, leaving out a missing line', () => {
    const issue = { file: 'a.mdx', severity: 'error', rule: 'phrase', message: 'm' } as const;
    expect(formatIssue({ ...issue, line: 3 })).toBe('a.mdx:3: error: m');
    expect(formatIssue(issue)).toBe('a.mdx: error: m');
  });
});
