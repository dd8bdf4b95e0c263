import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { facts } from '../../src/data/facts';
import { checkCatalogue } from '../../src/lib/catalogue-check';
import { checkFactUse } from '../../src/lib/fact-checks';
import type { Band } from '../../src/schemas/bands';
import { LANGUAGES } from '../../src/schemas/languages';
import { readContent } from '../support/read-content';

const tree = readContent(join(import.meta.dirname, '../..'));
const lessonIds = [...new Set(tree.lessons.map((lesson) => lesson.id))].sort();

/** Number of scored questions per band (content guide, "Who reads what"); reflections are not scored. */
const QUIZ_LENGTH: Record<Band, [number, number]> = { '6-8': [3, 5], '9-11': [5, 7], '12-14': [6, 8], '15-18': [6, 10] };

const count = (body: string, pattern: RegExp) => body.match(pattern)?.length ?? 0;

describe('the lessons of the site', () => {
  it('pass their schemas', () => {
    expect(tree.problems).toEqual([]);
  });

  it('exist in every language, with teacher notes and quizzes, and agree across languages', () => {
    expect(lessonIds.length).toBeGreaterThanOrEqual(4);
    const problems = checkCatalogue({
      languages: LANGUAGES,
      lessons: tree.lessons,
      notes: tree.notes,
      quizIds: [...tree.quizzes.keys()],
    });
    if (problems.length > 0) console.error(problems.join('\n'));
    expect(problems).toEqual([]);
  });

  it('state only approved facts, allowed for their band, the same in every language', () => {
    const problems = checkFactUse({
      languages: LANGUAGES,
      lessons: tree.lessons,
      notes: tree.notes,
      quizzes: tree.quizzes,
      facts,
    });
    if (problems.length > 0) console.error(problems.join('\n'));
    expect(problems).toEqual([]);
  });

  it('cover every age band', () => {
    expect(new Set(tree.lessons.map((lesson) => lesson.data.band))).toEqual(new Set(['6-8', '9-11', '12-14', '15-18']));
  });

  it.each(lessonIds)('%s has the same structure in every language', (id) => {
    const shape = (lang: string) => {
      const lesson = tree.lessons.find((l) => l.id === id && l.lang === lang);
      const notes = tree.notes.find((n) => n.id === id && n.lang === lang);
      return {
        sections: count(lesson?.body ?? '', /^## /gm),
        scenarios: count(lesson?.body ?? '', /<Scenario[\s>]/g),
        objectives: lesson?.data.objectives.length,
        steps: notes?.data.steps.map((step) => step.minutes),
        prompts: notes?.data.prompts.length,
      };
    };
    const [first, ...others] = LANGUAGES;
    for (const lang of others) expect({ lang, ...shape(lang) }).toEqual({ lang, ...shape(first) });
  });

  it.each(lessonIds)('%s has a quiz of the length its band asks for', (id) => {
    const lesson = tree.lessons.find((l) => l.id === id);
    const quiz = lesson?.data.quiz === undefined ? undefined : tree.quizzes.get(lesson.data.quiz);
    expect(quiz, `lessons/*/${id}.mdx needs a quiz`).toBeDefined();
    const [min, max] = QUIZ_LENGTH[lesson!.data.band];
    const scored = quiz!.questions.filter((question) => question.type !== 'reflection').length;
    expect(scored, `quizzes/${lesson!.data.quiz}.yaml: scored questions`).toBeGreaterThanOrEqual(min);
    expect(scored, `quizzes/${lesson!.data.quiz}.yaml: scored questions`).toBeLessThanOrEqual(max);
  });
});
