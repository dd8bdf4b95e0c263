import { describe, expect, it } from 'vitest';
import {
  closestFacts,
  FactsError,
  expandFactsDeep,
  expandFactTokens,
  factIdsIn,
  factSources,
  factUseProblems,
  loadFacts,
  withoutFacts,
} from './facts';

const yaml = String.raw;
const file = (text: string) => ({ file: 'src/data/facts/test.yaml', text });
const SOURCE = yaml`
  sources:
    - title: "A page"
      publisher: "A site"
      year: 2022
      url: "https://example.org/page"`;

const facts = loadFacts([
  file(yaml`
- id: sexual-majority
  ref: "§1 Sexual majority"
  status: VERIFIED
  audience: pupils
  bands: ["12-14", "15-18"]
  says: { fr: "À partir de 16 ans.", nl: "Vanaf 16 jaar.", en: "From 16 you can agree to sex." }
${SOURCE}
- id: grooming-law-9-11
  ref: "§1 Grooming since 1 June 2022"
  status: PARTLY
  statusNote: "Only the 9-11 wording is used."
  audience: pupils
  bands: ["9-11"]
  says: { fr: "Les adultes n'ont pas le droit.", nl: "Volwassenen mogen niet.", en: "Adults are not allowed to contact children for sexual reasons." }
  sources:
    - { title: "Grooming", publisher: "ICT", year: 2022, url: "https://example.org/grooming" }
    - { title: "Same page again", publisher: "A site", year: 2022, url: "https://example.org/page" }
- id: grooming-victims-teachers
  ref: "§1 Grooming victims"
  status: VERIFIED
  audience: teachers
  says: { fr: "80 %.", nl: "80%.", en: "About 80% concerned girls under 16." }
${SOURCE}
`),
]);

describe('loading the facts data', () => {
  it('indexes every fact by id', () => {
    expect([...facts.keys()]).toEqual(['sexual-majority', 'grooming-law-9-11', 'grooming-victims-teachers']);
  });

  const fails = (...texts: string[]) => {
    try {
      loadFacts(texts.map((text, index) => ({ file: `src/data/facts/f${index}.yaml`, text })));
    } catch (error) {
      return (error as Error).message;
    }
    return 'no error';
  };

  it('refuses an UNVERIFIED fact, naming the file, the field and what to do', () => {
    expect(
      fails(yaml`
- id: exception-16
  ref: "§1 Exception"
  status: UNVERIFIED
  audience: teachers
  says: { fr: "x", nl: "x", en: "x" }
${SOURCE}`),
    ).toMatchInlineSnapshot(`
      "The facts data has 1 problem(s):
      - src/data/facts/f0.yaml: [0] (id "exception-16").status: an UNVERIFIED fact can never be stated (FACTS.md, "Rules"): remove this entry and say what FACTS.md says instead"
    `);
  });

  it('asks for a status note on a PARTLY fact, bands for pupils, none for teachers', () => {
    expect(
      fails(yaml`
- id: a
  ref: "M1"
  status: PARTLY
  audience: pupils
  says: { fr: "x", nl: "x", en: "x" }
${SOURCE}
- id: b
  ref: "M2"
  status: VERIFIED
  audience: teachers
  bands: ["6-8"]
  says: { fr: "x", nl: "x", en: "x" }
${SOURCE}`),
    ).toMatchInlineSnapshot(`
      "The facts data has 3 problem(s):
      - src/data/facts/f0.yaml: [0] (id "a").statusNote: a PARTLY fact needs "statusNote": say which part FACTS.md gives as sure (only that part may be stated)
      - src/data/facts/f0.yaml: [0] (id "a").bands: a fact for pupils needs "bands": the age bands whose lessons may state it, e.g. bands: ["12-14", "15-18"]
      - src/data/facts/f0.yaml: [1] (id "b").bands: a fact for teachers has no "bands" (it may appear in any teacher notes): remove "bands" or set audience: pupils"
    `);
  });

  it('refuses a missing translation and an id used in two files', () => {
    const entry = (says: string) => yaml`
- id: same
  ref: "M3"
  status: VERIFIED
  audience: teachers
  says: ${says}
${SOURCE}`;
    expect(fails(entry('{ fr: "x", en: "x" }'))).toContain('[0] (id "same").says.nl: the "nl" text is missing');
    expect(fails(entry('{ fr: "x", nl: "x", en: "x" }'), entry('{ fr: "y", nl: "y", en: "y" }'))).toContain(
      'src/data/facts/f1.yaml: fact id "same" is already used in src/data/facts/f0.yaml: give each fact its own id',
    );
  });

  it('reports YAML that does not parse', () => {
    expect(fails('- id: [unclosed')).toMatch(/^The facts data has 1 problem\(s\):\n- src\/data\/facts\/f0.yaml: not valid YAML/);
  });
});

describe('using facts in content', () => {
  it('finds the ids of tags and tokens in order of first use, each once', () => {
    expect(factIdsIn('A <Fact id="b" /> then {fact:a}, then <Fact id="b"/> and <Fact id=\'c\' />.')).toEqual(['b', 'a', 'c']);
    expect(withoutFacts('Say <Fact id="b" /> and {fact:a}.')).toBe('Say   and  .');
  });

  it('writes tokens out in the language asked, inside any value', () => {
    expect(expandFactTokens('Remember: {fact:sexual-majority}', 'nl', facts)).toBe('Remember: Vanaf 16 jaar.');
    const quiz = {
      prompt: { fr: '{fact:sexual-majority}', en: 'x' },
      answer: true,
      when: new Date(0),
      list: ['{fact:sexual-majority}'],
    };
    expect(expandFactsDeep(quiz, 'fr', facts)).toEqual({
      prompt: { fr: 'À partir de 16 ans.', en: 'x' },
      answer: true,
      when: new Date(0),
      list: ['À partir de 16 ans.'],
    });
    expect(() => expandFactTokens('{fact:nothing}', 'en', facts)).toThrow('unknown fact "{fact:nothing}"');
  });

  it('lists the sources of the facts used, each page once', () => {
    expect(factSources(['grooming-law-9-11', 'sexual-majority', 'nothing'], facts).map((source) => source.url)).toEqual([
      'https://example.org/grooming',
      'https://example.org/page',
    ]);
  });

  it('suggests the closest facts for a band', () => {
    expect(closestFacts('Adults may not contact children', 'en', facts)).toEqual(['grooming-law-9-11']);
    expect(closestFacts('From 16 you can agree', 'en', facts, '12-14')).toEqual(['sexual-majority']);
    expect(closestFacts('From 16 you can agree', 'en', facts, '6-8')).toEqual([]);
  });

  it("refuses unknown facts, teachers' facts in pupil texts and facts of another band", () => {
    const pupils = (band: '9-11' | '12-14') => ({ audience: 'pupils', band }) as const;
    expect(factUseProblems('lessons/en/a.mdx', '<Fact id="sexual-majority" />', pupils('12-14'), 'en', facts)).toEqual([]);
    expect(factUseProblems('lessons/en/a.mdx', '<Fact id="sexual-majority" />', pupils('9-11'), 'en', facts)).toEqual([
      'lessons/en/a.mdx: fact "sexual-majority" is approved for ages 12-14, 15-18, not 9-11: use a fact approved for 9-11 or leave it out',
    ]);
    expect(factUseProblems('lessons/en/a.mdx', '{fact:grooming-victims-teachers}', pupils('12-14'), 'en', facts)).toEqual([
      'lessons/en/a.mdx: fact "grooming-victims-teachers" is for teachers only (FACTS.md "Teacher note"): move it to the teacher notes',
    ]);
    expect(
      factUseProblems(
        'n.mdx',
        '{fact:grooming-victims-teachers} <Fact id="sexual-majority" />',
        { audience: 'teachers' },
        'en',
        facts,
      ),
    ).toEqual([]);
    expect(factUseProblems('n.mdx', '<Fact id="sexual-majorty" />', { audience: 'teachers' }, 'en', facts)).toEqual([
      'n.mdx: unknown fact "sexual-majorty": use an id from src/data/facts/ (closest: sexual-majority, grooming-law-9-11)',
    ]);
  });
});

describe('facts edge cases', () => {
  const fact = (id: string, en: string, extra = 'audience: pupils\n  bands: ["12-14"]') => yaml`
- id: ${id}
  ref: "M9"
  status: VERIFIED
  ${extra}
  says: { fr: "x", nl: "x", en: "${en}" }
${SOURCE}`;

  it('throws a FactsError that says so by name, with the first line of the YAML error', () => {
    let thrown: unknown;
    try {
      loadFacts([file('- id: [unclosed')]);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(FactsError);
    expect((thrown as Error).name).toBe('FactsError');
    const line = (thrown as Error).message.split('\n')[1] ?? '';
    expect(line.length).toBeGreaterThan('- src/data/facts/test.yaml: not valid YAML: '.length + 5);
  });

  it('finds tags written with several spaces or none before the closing slash', () => {
    expect(factIdsIn('<Fact  id="a" /> <Fact id="b"/>')).toEqual(['a', 'b']);
  });

  it('lists two sources without address apart when their titles differ', () => {
    const index = loadFacts([
      file(yaml`
- id: offline
  ref: "M9"
  status: VERIFIED
  audience: teachers
  says: { fr: "x", nl: "x", en: "x" }
  sources:
    - { title: "Book one", publisher: "P", year: 2020 }
    - { title: "Book two", publisher: "P", year: 2020 }
    - { title: "Book one", publisher: "P", year: 2021 }`),
    ]);
    expect(factSources(['offline'], index).map((source) => source.title)).toEqual(['Book one', 'Book two']);
  });

  it('suggests nothing for a text without words, even for facts without words', () => {
    const index = loadFacts([file(fact('a-b', 'x y'))]);
    expect(closestFacts('16', 'en', index)).toEqual([]);
  });

  it('matches words without changing their spelling (ß is not ss)', () => {
    const index = loadFacts([file(fact('measure', 'Die Maße'))]);
    expect(closestFacts('MASSE', 'en', index)).toEqual([]);
    expect(closestFacts('MAẞE', 'en', index)).toEqual(['measure']);
  });

  it('gives at most three suggestions, the most shared words (for the fewest words) first, ties by id', () => {
    const index = loadFacts([
      file(
        [
          fact('zeta', 'phone'),
          fact('delta', 'phone'),
          fact('gamma', 'phone photo'),
          fact('beta', 'phone photo share'),
          fact('alpha', 'phone photo share'),
        ].join(''),
      ),
    ]);
    expect(closestFacts('phone photo share', 'en', index)).toEqual(['alpha', 'beta', 'gamma']);
    expect(closestFacts('phone', 'en', index, undefined, 10)).toEqual(['delta', 'zeta', 'gamma', 'alpha', 'beta']);
  });

  it('names no closest fact when none shares a word', () => {
    expect(factUseProblems('n.mdx', '<Fact id="zz" />', { audience: 'teachers' }, 'en', facts)).toEqual([
      'n.mdx: unknown fact "zz": use an id from src/data/facts/',
    ]);
  });
});
