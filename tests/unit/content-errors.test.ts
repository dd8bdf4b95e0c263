import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCatalogue } from '../../src/lib/catalogue-check';
import { LANGUAGES } from '../../src/schemas/languages';
import { readContent } from '../support/read-content';

/**
 * The problems the build would report for a fixture tree: schema problems stop the build first
 * (as Astro does), the cross-file checks run only on content that passed them.
 */
function problemsOf(fixture: string): string[] {
  const tree = readContent(join(import.meta.dirname, '../fixtures/content', fixture));
  if (tree.problems.length > 0) return tree.problems;
  return checkCatalogue({ languages: LANGUAGES, lessons: tree.lessons, notes: tree.notes, quizIds: [...tree.quizzes.keys()] });
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
});
