import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { facts } from '../../src/data/facts';
import { checkCatalogue } from '../../src/lib/catalogue-check';
import { checkFactUse } from '../../src/lib/fact-checks';
import { LANGUAGES } from '../../src/schemas/languages';
import { readContent } from '../support/read-content';

/**
 * The problems the build would report for a fixture tree: schema problems stop the build first
 * (as Astro does), the cross-file checks run only on content that passed them.
 */
function problemsOf(fixture: string): string[] {
  const tree = readContent(join(import.meta.dirname, '../fixtures/content', fixture));
  if (tree.problems.length > 0) return tree.problems;
  return [
    ...checkCatalogue({ languages: LANGUAGES, lessons: tree.lessons, notes: tree.notes, quizIds: [...tree.quizzes.keys()] }),
    ...checkFactUse({ languages: LANGUAGES, lessons: tree.lessons, notes: tree.notes, quizzes: tree.quizzes, facts }),
  ];
}

describe('bad content gets a message naming the file, the field and the fix', () => {
  it('accepts the valid fixture (so each case below fails for its one defect)', () => {
    expect(problemsOf('valid')).toEqual([]);
  });

  it('a missing field', () => {
    expect(problemsOf('missing-field')).toMatchInlineSnapshot(`
      [
        "lessons/fr/fixture.mdx: title: "title" is missing: add title: "My body belongs to me"",
      ]
    `);
  });

  it('an unknown band', () => {
    expect(problemsOf('unknown-band')).toMatchInlineSnapshot(`
      [
        "lessons/nl/fixture.mdx: band: unknown age band "10-12": use one of "6-8", "9-11", "12-14", "15-18" (in quotes)",
      ]
    `);
  });

  it('a quiz question with no correct answer', () => {
    expect(problemsOf('no-correct-answer')).toMatchInlineSnapshot(`
      [
        "quizzes/fixture-quiz.yaml: questions[0] (id "first").options: question "first" has no correct answer: add "correct: true" to the right option",
      ]
    `);
  });

  it('an option id used twice', () => {
    expect(problemsOf('duplicate-option-id')).toMatchInlineSnapshot(`
      [
        "quizzes/fixture-quiz.yaml: questions[0] (id "first").options[1] (id "a").id: question "first": the id "a" is used twice in "options"; give each its own id",
      ]
    `);
  });

  it('a lesson that references a missing quiz', () => {
    expect(problemsOf('missing-quiz')).toMatchInlineSnapshot(`
      [
        "lessons/fr/fixture.mdx: "quiz" names "no-such-quiz", but quizzes/no-such-quiz.yaml does not exist: create it or fix the name",
        "lessons/nl/fixture.mdx: "quiz" names "no-such-quiz", but quizzes/no-such-quiz.yaml does not exist: create it or fix the name",
        "lessons/en/fixture.mdx: "quiz" names "no-such-quiz", but quizzes/no-such-quiz.yaml does not exist: create it or fix the name",
      ]
    `);
  });

  it('a language missing a lesson', () => {
    expect(problemsOf('missing-language')).toMatchInlineSnapshot(`
      [
        "lessons/nl/fixture.mdx is missing: every lesson must exist in fr, nl, en (translate lessons/fr/fixture.mdx)",
      ]
    `);
  });

  it('a quiz text missing in one language', () => {
    expect(problemsOf('missing-translation')).toMatchInlineSnapshot(`
      [
        "quizzes/fixture-quiz.yaml: questions[0] (id "first").prompt.nl: the "nl" text is missing: add "nl: …" with the translation",
      ]
    `);
  });

  it('lesson steps that do not add up to the duration', () => {
    expect(problemsOf('steps-do-not-add-up')).toMatchInlineSnapshot(`
      [
        "lessons/en/fixture.teacher.mdx: "steps" add up to 40 minutes but the lesson's "duration" is 45: make them agree",
      ]
    `);
  });

  it('an ordering question with fewer than 3 items', () => {
    expect(problemsOf('ordering-too-short')).toMatchInlineSnapshot(`
      [
        "quizzes/fixture-quiz.yaml: questions[0] (id "steps").items: an ordering question needs at least 3 items, written in the right order",
      ]
    `);
  });

  it('a scenario with a loop, a dead link and an unreachable step', () => {
    expect(problemsOf('scenario-dead-ends')).toMatchInlineSnapshot(`
      [
        "quizzes/fixture-quiz.yaml: questions[0] (id "story").steps[0] (id "start"): question "story", step "start", choice "tell": "next" names "nowhere", which is not a step id",
        "quizzes/fixture-quiz.yaml: questions[0] (id "story").steps[0] (id "start"): question "story", step "start": the story loops (start → again → start): every branch must end at a step without choices",
        "quizzes/fixture-quiz.yaml: questions[0] (id "story").steps[2] (id "forgotten"): question "story", step "forgotten": step "forgotten" cannot be reached from the start: link to it with "next" or remove it",
      ]
    `);
  });

  it('a sorting question with an empty category and an unknown one', () => {
    expect(problemsOf('sorting-empty-category')).toMatchInlineSnapshot(`
      [
        "quizzes/fixture-quiz.yaml: questions[0] (id "lights").items[2] (id "spies").category: question "lights": item "spies" has category "purple", which is not one of green, orange, red",
        "quizzes/fixture-quiz.yaml: questions[0] (id "lights").categories[1] (id "orange"): question "lights": category "orange" has no item; give it at least one or remove it",
      ]
    `);
  });

  it('sources written by hand instead of facts', () => {
    expect(problemsOf('sources-by-hand')).toMatchInlineSnapshot(`
      [
        "lessons/en/fixture.mdx: sources: "sources" is no longer written by hand: the page lists the sources of the facts the lesson uses (<Fact id="…" />); remove "sources"",
      ]
    `);
  });

  it('an unknown fact, with the closest ids', () => {
    expect(problemsOf('unknown-fact')).toMatchInlineSnapshot(`
      [
        "lessons/fr/fixture.mdx: unknown fact "grooming-law-9-1": use an id from src/data/facts/ (closest: grooming-law-9-11)",
        "lessons/nl/fixture.mdx: unknown fact "grooming-law-9-1": use an id from src/data/facts/ (closest: grooming-law-9-11)",
        "lessons/en/fixture.mdx: unknown fact "grooming-law-9-1": use an id from src/data/facts/ (closest: grooming-law-9-11)",
      ]
    `);
  });

  it('a fact for older pupils', () => {
    expect(problemsOf('fact-for-older-pupils')).toMatchInlineSnapshot(`
      [
        "lessons/fr/fixture.mdx: fact "sexual-majority" is approved for ages 12-14, 15-18, not 9-11: use a fact approved for 9-11 or leave it out",
        "lessons/nl/fixture.mdx: fact "sexual-majority" is approved for ages 12-14, 15-18, not 9-11: use a fact approved for 9-11 or leave it out",
        "lessons/en/fixture.mdx: fact "sexual-majority" is approved for ages 12-14, 15-18, not 9-11: use a fact approved for 9-11 or leave it out",
      ]
    `);
  });

  it("a teachers' fact in a pupil lesson", () => {
    expect(problemsOf('teachers-fact-for-pupils')).toMatchInlineSnapshot(`
      [
        "lessons/fr/fixture.mdx: fact "grooming-victims-2022" is for teachers only (FACTS.md "Teacher note"): move it to the teacher notes",
        "lessons/nl/fixture.mdx: fact "grooming-victims-2022" is for teachers only (FACTS.md "Teacher note"): move it to the teacher notes",
        "lessons/en/fixture.mdx: fact "grooming-victims-2022" is for teachers only (FACTS.md "Teacher note"): move it to the teacher notes",
      ]
    `);
  });

  it('translations of a lesson that state different facts', () => {
    expect(problemsOf('facts-disagree')).toMatchInlineSnapshot(`
      [
        "lessons/en/fixture.mdx: uses the facts none but lessons/fr/fixture.mdx uses grooming-law-9-11: every language must state the same facts",
      ]
    `);
  });

  it('translations of a quiz text that state different facts', () => {
    expect(problemsOf('quiz-facts-disagree')).toMatchInlineSnapshot(`
      [
        "quizzes/fixture-quiz.yaml: questions[0].explanation: the "en" text uses the facts none but "fr" uses grooming-law-9-11: every language must state the same facts",
      ]
    `);
  });
});
