import { describe, expect, it } from 'vitest';
import type { Lang } from '../schemas/languages';
import type { LessonData } from '../schemas/lesson';
import type { TeacherNotesData } from '../schemas/teacher-notes';
import { checkCatalogue, type CatalogueInput, type ContentFile } from './catalogue-check';

const LESSON_BODY = 'Intro.\n\n<Scenario title="Sam">\nA story.\n</Scenario>\n\n<Remember>\nOne thing.\n</Remember>\n';
const NOTES_BODY = ['Background', 'Safeguarding', 'FollowUp', 'ParentLetter', 'ParentNote']
  .map((b) => `<${b}>\nText.\n</${b}>`)
  .join('\n\n');

const lessonData = (): LessonData => ({
  title: 'My body is mine',
  band: '6-8',
  duration: 45,
  summary: 'What is private.',
  objectives: ['say no'],
  topics: ['body-safety', 'secrets'],
  sources: [{ title: 'Guide', publisher: 'Child Focus', year: 2024 }],
  lastReviewed: new Date('2026-09-01'),
  quiz: 'my-body',
});

const notesData = (): TeacherNotesData => ({
  objectives: ['say no'],
  steps: [
    { minutes: 20, title: 'Warm-up', activity: 'Talk.' },
    { minutes: 25, title: 'Story', activity: 'Read.' },
  ],
  materials: ['Projector'],
  preparation: ['Tell the designated person.'],
  prompts: [
    { question: 'Why?', expected: 'Because.' },
    { question: 'Who?', expected: 'An adult.' },
  ],
  differentiation: { support: 'Read aloud.', challenge: 'Write.' },
  curriculum: { evras: ['x'], flanders: ['y'], unesco: ['z'] },
  lastReviewed: new Date('2026-09-01'),
});

function lesson(lang: Lang, data: Partial<LessonData> = {}, body = LESSON_BODY, id = 'my-body'): ContentFile<LessonData> {
  return { lang, id, file: `lessons/${lang}/${id}.mdx`, data: { ...lessonData(), ...data }, body };
}

function notes(lang: Lang, body = NOTES_BODY, id = 'my-body'): ContentFile<TeacherNotesData> {
  return { lang, id, file: `lessons/${lang}/${id}.teacher.mdx`, data: notesData(), body };
}

/** A sound catalogue of one lesson in three languages, with the given changes. */
function catalogue(change: Partial<CatalogueInput> = {}): CatalogueInput {
  const languages = ['fr', 'nl', 'en'] as const;
  return {
    languages,
    lessons: languages.map((lang) => lesson(lang)),
    notes: languages.map((lang) => notes(lang)),
    quizIds: ['my-body'],
    ...change,
  };
}

describe('checkCatalogue', () => {
  it('finds nothing wrong in a sound catalogue, with or without a quiz', () => {
    expect(checkCatalogue(catalogue())).toEqual([]);
    const withoutQuiz = (['fr', 'nl', 'en'] as const).map((lang) => lesson(lang, { quiz: undefined }));
    expect(checkCatalogue(catalogue({ lessons: withoutQuiz, quizIds: [] }))).toEqual([]);
  });

  it('reports a translation that disagrees on band, duration, quiz or topics', () => {
    const nl = lesson('nl', { band: '9-11', duration: 50, quiz: 'other', topics: ['secrets', 'body-safety'] });
    const problems = checkCatalogue(catalogue({ lessons: [lesson('fr'), nl, lesson('en')], quizIds: ['my-body', 'other'] }));
    expect(problems).toMatchInlineSnapshot(`
      [
        "lessons/nl/my-body.mdx: "band" is "9-11" but lessons/fr/my-body.mdx says "6-8": every language must agree",
        "lessons/nl/my-body.mdx: "duration" is 50 but lessons/fr/my-body.mdx says 45: every language must agree",
        "lessons/nl/my-body.mdx: "quiz" is "other" but lessons/fr/my-body.mdx says "my-body": every language must agree",
        "lessons/nl/my-body.mdx: "topics" is ["secrets","body-safety"] but lessons/fr/my-body.mdx says ["body-safety","secrets"]: every language must agree",
        "lessons/nl/my-body.teacher.mdx: "steps" add up to 45 minutes but the lesson's "duration" is 50: make them agree",
      ]
    `);
  });

  it('reports a lesson without its teacher notes, and notes without their lesson', () => {
    const problems = checkCatalogue(catalogue({ notes: [notes('fr'), notes('en'), notes('en', NOTES_BODY, 'gone')] }));
    expect(problems).toMatchInlineSnapshot(`
      [
        "lessons/nl/my-body.teacher.mdx is missing: write the teacher notes of lessons/nl/my-body.mdx",
        "lessons/en/gone.teacher.mdx has no pupil lesson: create lessons/en/gone.mdx or rename the notes",
      ]
    `);
  });

  it('reports a missing translation, naming the file to translate when there is one', () => {
    expect(checkCatalogue(catalogue({ lessons: [lesson('en')] }))).toMatchInlineSnapshot(`
      [
        "lessons/fr/my-body.mdx is missing: every lesson must exist in fr, nl, en (translate lessons/en/my-body.mdx)",
        "lessons/nl/my-body.mdx is missing: every lesson must exist in fr, nl, en (translate lessons/en/my-body.mdx)",
        "lessons/fr/my-body.teacher.mdx has no pupil lesson: create lessons/fr/my-body.mdx or rename the notes",
        "lessons/nl/my-body.teacher.mdx has no pupil lesson: create lessons/nl/my-body.mdx or rename the notes",
      ]
    `);
    const onlyUnpublished = catalogue({ languages: ['fr'], lessons: [lesson('en')], notes: [] });
    expect(checkCatalogue(onlyUnpublished)).toEqual(['lessons/fr/my-body.mdx is missing: every lesson must exist in fr']);
  });

  it('reports a lesson body without a scenario, or with more than one "remember" block', () => {
    const noScenario = lesson('fr', {}, 'Intro.\n\n<ScenarioCard />\n\n<Remember>\nOne thing.\n</Remember>\n');
    const twoRemember = lesson('nl', {}, `${LESSON_BODY}\n<Remember\n  title="Again">\nTwo.\n</Remember>\n`);
    const noRemember = lesson('en', {}, 'Intro.\n\n<Scenario>\nA story.\n</Scenario>\n\n<Scenario>\nAnother.\n</Scenario>\n');
    expect(checkCatalogue(catalogue({ lessons: [noScenario, twoRemember, noRemember] }))).toMatchInlineSnapshot(`
      [
        "lessons/fr/my-body.mdx: the body has no <Scenario> block: add one (see lessons/README.md)",
        "lessons/nl/my-body.mdx: the body has 2 <Remember> blocks: keep exactly 1",
        "lessons/en/my-body.mdx: the body has no <Remember> block: add one (see lessons/README.md)",
      ]
    `);
  });

  it('reports teacher notes without their safeguarding block, or with a block twice', () => {
    const noSafeguarding = notes('fr', NOTES_BODY.replaceAll('Safeguarding', 'Aside'));
    const twoBackgrounds = notes('nl', `${NOTES_BODY}\n\n<Background>\nMore.\n</Background>`);
    expect(checkCatalogue(catalogue({ notes: [noSafeguarding, twoBackgrounds, notes('en')] }))).toMatchInlineSnapshot(`
      [
        "lessons/fr/my-body.teacher.mdx: the body needs exactly one <Safeguarding> block, found 0",
        "lessons/nl/my-body.teacher.mdx: the body needs exactly one <Background> block, found 2",
      ]
    `);
  });

  it('lists the problems lesson by lesson, in the order of their ids', () => {
    const second = (lang: Lang) => lesson(lang, {}, LESSON_BODY, 'b-lesson');
    const first = (lang: Lang) => lesson(lang, { quiz: 'nope' }, LESSON_BODY, 'a-lesson');
    const input = catalogue({ lessons: [second('fr'), first('fr')], languages: ['fr'], notes: [] });
    expect(checkCatalogue(input).map((problem) => problem.split(':')[0])).toEqual([
      'lessons/fr/a-lesson.teacher.mdx is missing',
      'lessons/fr/a-lesson.mdx',
      'lessons/fr/b-lesson.teacher.mdx is missing',
    ]);
  });
});
