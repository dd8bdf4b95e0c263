import { describe, expect, it } from 'vitest';
import type { HelplinesFile } from '../schemas/helplines';
import type { Situation } from '../schemas/situation';
import { loadFacts } from './facts';
import { helplinesFile } from './helplines';
import { loadSituations, situationServices, withCentre, type SituationRefs } from './situations';

const text = (en: string) => ({ fr: `${en} (fr)`, nl: `${en} (nl)`, en });

const facts = loadFacts([
  {
    file: 'facts.yaml',
    text: `
- id: for-teens
  ref: x
  status: VERIFIED
  audience: pupils
  bands: ['12-14', '15-18']
  says: { fr: a, nl: b, en: c }
  sources: [{ title: t, publisher: p, year: 2024 }]
- id: teens-talk
  ref: x
  status: VERIFIED
  audience: pupils
  bands: ['12-14']
  says: { fr: a, nl: b, en: c }
  sources: [{ title: t, publisher: p, year: 2024 }]
- id: for-others
  ref: x
  status: VERIFIED
  audience: pupils
  bands: ['9-11', '15-18']
  says: { fr: a, nl: b, en: c }
  sources: [{ title: t, publisher: p, year: 2024 }]
- id: for-teachers
  ref: x
  status: VERIFIED
  audience: teachers
  says: { fr: a, nl: b, en: c }
  sources: [{ title: t, publisher: p, year: 2024 }]
`,
  },
]);

const refs: SituationRefs = {
  facts,
  helplines: helplinesFile,
  lessons: new Set(['sextortion-what-to-do']),
  pictures: new Set(['shield']),
};

const situation = (change: Partial<Record<keyof Situation | 'extra', unknown>> = {}) => ({
  id: 'threatened',
  picture: 'shield',
  title: text('Someone threatens me'),
  calm: text('It is never your fault.'),
  steps: [text("Don't pay."), text('Tell an adult you trust, or {centre}.')],
  facts: ['for-teens'],
  services: ['child-focus'],
  lessons: ['sextortion-what-to-do'],
  ...change,
});

describe('loadSituations', () => {
  it('accepts valid situations', () => {
    expect(loadSituations('s.json', { situations: [situation()] }, refs).map((s) => s.id)).toEqual(['threatened']);
  });

  it('names the file, the field and the fix for a wrong shape', () => {
    const bad = { situations: [situation({ steps: [text('Only one step')], title: { fr: 'x', en: 'y' }, extra: 1 })] };
    expect(() => loadSituations('src/data/situations.json', bad, refs)).toThrowErrorMatchingInlineSnapshot(`
      [SituationsError: The situations data has 3 problem(s):
      - src/data/situations.json: situations[0] (id "threatened").title.nl: the "nl" text is missing: add "nl: …" with the translation
      - src/data/situations.json: situations[0] (id "threatened").steps: "steps" needs at least two steps: the first thing to do, then who to tell
      - src/data/situations.json: situations[0] (id "threatened"): Unrecognized key: "extra"]
    `);
  });

  it('names every unknown or unsuitable reference, and mismatched placeholders', () => {
    const bad = {
      situations: [
        situation({
          picture: 'no-such-picture',
          facts: ['for-teachers', 'for-teen'],
          services: ['no-such-line', 'emergency'],
          lessons: ['no-such-lesson'],
          steps: [text("Don't pay."), { fr: 'Parle à {centre}.', nl: 'Vertel het.', en: 'Tell {center}.' }],
        }),
        situation(),
      ],
    };
    expect(() => loadSituations('s.json', bad, refs)).toThrowErrorMatchingInlineSnapshot(`
      [SituationsError: The situations data has 10 problem(s):
      - s.json: situations[0] (threatened).picture: unknown picture "no-such-picture": use a name from src/data/pictures.ts
      - s.json: situations[0] (threatened).facts: fact "for-teachers" is not approved for pupils aged 12-14 (audience "teachers", bands none): every pupil reads this page, use a fact approved for 12-14
      - s.json: situations[0] (threatened).facts: unknown fact "for-teen": use an id from src/data/facts/
      - s.json: situations[0] (threatened).services: unknown service "no-such-line": use an id from src/data/helplines.json
      - s.json: situations[0] (threatened).services: "emergency" is an emergency number: the page always shows those, remove it here
      - s.json: situations[0] (threatened).lessons: unknown lesson "no-such-lesson": use the id of a lesson in lessons/fr, lessons/nl and lessons/en
      - s.json: situations[0] (threatened).steps[1].fr: uses {centre} but "en" uses {center}: every language must use the same placeholders
      - s.json: situations[0] (threatened).steps[1].nl: uses no placeholder but "en" uses {center}: every language must use the same placeholders
      - s.json: situations[0] (threatened).steps[1].en: only {centre} may be used, found {center}
      - s.json: situations[1] (threatened).id: "threatened" is used twice: give each situation its own id]
    `);
  });
});

describe('situationServices', () => {
  const file: HelplinesFile = {
    ...helplinesFile,
    regions: {
      ...helplinesFile.regions,
      wallonia: { ...helplinesFile.regions.wallonia, services: ['stopncii', 'child-focus', 'ecoute-enfants', 'awel'] },
    },
  };
  it("keeps the situation's services the region has, in the region's order, for children and teenagers", () => {
    const s = loadSituations(
      's.json',
      { situations: [situation({ services: ['ecoute-enfants', 'awel', 'stopncii', 'child-focus'] })] },
      refs,
    )[0]!;
    expect(situationServices(s, 'wallonia', 'fr', file).map((line) => line.id)).toEqual([
      'child-focus',
      'ecoute-enfants',
      'awel',
    ]);
    expect(situationServices(s, 'flanders', 'nl').map((line) => line.id)).toEqual(['awel', 'child-focus']);
  });
});

describe('withCentre', () => {
  it("fills in the region's school support service", () => {
    expect(withCentre('Tell a teacher or {centre}.', 'the CLB centre')).toBe('Tell a teacher or the CLB centre.');
  });
});

describe('loadSituations, every text and every hint', () => {
  const problems = (change: Parameters<typeof situation>[0]) => {
    try {
      loadSituations('s.json', { situations: [situation(change)] }, refs);
    } catch (error) {
      return (error as Error).message.split('\n').slice(1);
    }
    return [];
  };

  it('checks the placeholders of the title, the calm words and the note, listing those found in order', () => {
    expect(
      problems({
        title: { ...text('Title'), nl: 'Titel {centre}' },
        calm: { ...text('Calm'), fr: 'Calme {centre}' },
        note: text('Ask {zed} or {alpha}.'),
      }),
    ).toEqual([
      '- s.json: situations[0] (threatened).title.nl: uses {centre} but "en" uses no placeholder: every language must use the same placeholders',
      '- s.json: situations[0] (threatened).calm.fr: uses {centre} but "en" uses no placeholder: every language must use the same placeholders',
      '- s.json: situations[0] (threatened).note.fr: only {centre} may be used, found {alpha}, {zed}',
      '- s.json: situations[0] (threatened).note.nl: only {centre} may be used, found {alpha}, {zed}',
      '- s.json: situations[0] (threatened).note.en: only {centre} may be used, found {alpha}, {zed}',
    ]);
  });

  it('suggests the closest facts for an unknown id, reading its words apart', () => {
    expect(problems({ facts: ['teens-only'] })).toEqual([
      '- s.json: situations[0] (threatened).facts: unknown fact "teens-only": use an id from src/data/facts/ (closest: for-teens, teens-talk)',
    ]);
  });

  it('names the bands of a pupils fact approved for other ages', () => {
    expect(problems({ facts: ['for-others'] })).toEqual([
      '- s.json: situations[0] (threatened).facts: fact "for-others" is not approved for pupils aged 12-14 (audience "pupils", bands 9-11, 15-18): every pupil reads this page, use a fact approved for 12-14',
    ]);
  });
});
