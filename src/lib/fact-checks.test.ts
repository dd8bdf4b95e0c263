import { describe, expect, it } from 'vitest';
import type { LessonData } from '../schemas/lesson';
import type { QuizData } from '../schemas/quiz';
import type { TeacherNotesData } from '../schemas/teacher-notes';
import type { ContentFile } from './catalogue-check';
import { checkFactUse } from './fact-checks';
import { loadFacts } from './facts';

const facts = loadFacts([
  {
    file: 'src/data/facts/test.yaml',
    text: `
- id: older
  ref: "§1"
  status: VERIFIED
  audience: pupils
  bands: ["12-14"]
  says: { fr: "fr", nl: "nl", en: "en" }
  sources: [{ title: "T", publisher: "P", year: 2022 }]
- id: young
  ref: "§1"
  status: VERIFIED
  audience: pupils
  bands: ["9-11"]
  says: { fr: "fr", nl: "nl", en: "en" }
  sources: [{ title: "T", publisher: "P", year: 2022 }]
- id: for-teachers
  ref: "§1"
  status: VERIFIED
  audience: teachers
  says: { fr: "fr", nl: "nl", en: "en" }
  sources: [{ title: "T", publisher: "P", year: 2022 }]
`,
  },
]);

const languages = ['fr', 'en'] as const;
const lesson = (lang: 'fr' | 'en', body: string, band: LessonData['band'] = '9-11'): ContentFile<LessonData> => ({
  lang,
  id: 'a',
  file: `lessons/${lang}/a.mdx`,
  body,
  data: { band, quiz: 'a-quiz' } as LessonData,
});
const notes = (lang: 'fr' | 'en', body: string, expected = 'x'): ContentFile<TeacherNotesData> => ({
  lang,
  id: 'a',
  file: `lessons/${lang}/a.teacher.mdx`,
  body,
  data: { prompts: [{ question: 'q', expected }] } as TeacherNotesData,
});
const quiz = (fr: string, en: string): QuizData =>
  ({
    questions: [{ id: 'q', type: 'true-false', prompt: { fr, nl: fr, en }, explanation: { fr: 'x', nl: 'x', en: 'x' } }],
  }) as unknown as QuizData;
const check = (input: Partial<Parameters<typeof checkFactUse>[0]>) =>
  checkFactUse({ languages, lessons: [], notes: [], quizzes: new Map(), facts, ...input });

describe('the facts the content uses', () => {
  it('accepts facts of the band in every language, and any fact in teacher notes', () => {
    expect(
      check({
        lessons: [lesson('fr', '<Fact id="young" />'), lesson('en', '<Fact id="young" />')],
        notes: [
          notes('fr', '<Fact id="for-teachers" />', '{fact:older}'),
          notes('en', '<Fact id="for-teachers" />', '{fact:older}'),
        ],
        quizzes: new Map([['a-quiz', quiz('{fact:young}', '{fact:young}')]]),
      }),
    ).toEqual([]);
  });

  it('refuses a fact of another band, in a lesson and in its quiz', () => {
    expect(
      check({
        lessons: [lesson('fr', '<Fact id="older" />'), lesson('en', '<Fact id="older" />')],
        quizzes: new Map([['a-quiz', quiz('{fact:older}', '{fact:older}')]]),
      }),
    ).toEqual([
      'lessons/fr/a.mdx: fact "older" is approved for ages 12-14, not 9-11: use a fact approved for 9-11 or leave it out',
      'lessons/en/a.mdx: fact "older" is approved for ages 12-14, not 9-11: use a fact approved for 9-11 or leave it out',
      'quizzes/a-quiz.yaml: questions[0].prompt.fr: fact "older" is approved for ages 12-14, not 9-11: use a fact approved for 9-11 or leave it out',
      'quizzes/a-quiz.yaml: questions[0].prompt.en: fact "older" is approved for ages 12-14, not 9-11: use a fact approved for 9-11 or leave it out',
    ]);
  });

  it('treats a quiz no lesson uses as read by teachers only', () => {
    expect(check({ quizzes: new Map([['alone', quiz('{fact:for-teachers}', '{fact:for-teachers}')]]) })).toEqual([]);
  });

  it('refuses translations that state different facts, in lessons, notes fields and quizzes', () => {
    expect(
      check({
        lessons: [lesson('fr', '<Fact id="young" />'), lesson('en', 'Nothing.')],
        notes: [notes('fr', '', '{fact:older}'), notes('en', '')],
        quizzes: new Map([['a-quiz', quiz('{fact:young}', 'x')]]),
      }),
    ).toEqual([
      'lessons/en/a.mdx: uses the facts none but lessons/fr/a.mdx uses young: every language must state the same facts',
      'lessons/en/a.teacher.mdx: uses the facts none but lessons/fr/a.teacher.mdx uses older: every language must state the same facts',
      'quizzes/a-quiz.yaml: questions[0].prompt: the "en" text uses the facts none but "fr" uses young: every language must state the same facts',
    ]);
  });

  it('accepts the same facts in another order', () => {
    expect(
      check({
        lessons: [
          lesson('fr', '<Fact id="young" /> <Fact id="older" />', '12-14'),
          lesson('en', '<Fact id="older" /> <Fact id="young" />', '12-14'),
        ],
      }),
    ).toEqual([
      'lessons/fr/a.mdx: fact "young" is approved for ages 9-11, not 12-14: use a fact approved for 12-14 or leave it out',
      'lessons/en/a.mdx: fact "young" is approved for ages 9-11, not 12-14: use a fact approved for 12-14 or leave it out',
    ]);
  });
});

describe('the facts of teacher notes and of each lesson', () => {
  it('refuses an unknown fact in the teacher notes, in their fields or their text', () => {
    expect(
      check({
        notes: [notes('fr', '<Fact id="nowhere" />', '{fact:nothing}'), notes('en', '<Fact id="nowhere" />', '{fact:nothing}')],
      }),
    ).toEqual([
      'lessons/fr/a.teacher.mdx: unknown fact "nothing": use an id from src/data/facts/',
      'lessons/fr/a.teacher.mdx: unknown fact "nowhere": use an id from src/data/facts/',
      'lessons/en/a.teacher.mdx: unknown fact "nothing": use an id from src/data/facts/',
      'lessons/en/a.teacher.mdx: unknown fact "nowhere": use an id from src/data/facts/',
    ]);
  });

  it('compares the languages of one lesson, not different lessons', () => {
    const other = (lang: 'fr' | 'en') => ({ ...lesson(lang, 'No fact.'), id: 'b', file: `lessons/${lang}/b.mdx` });
    expect(
      check({ lessons: [lesson('fr', '<Fact id="young" />'), other('fr'), lesson('en', '<Fact id="young" />'), other('en')] }),
    ).toEqual([]);
  });

  it('lists every fact of each translation', () => {
    expect(
      check({ lessons: [lesson('fr', '<Fact id="young" /> <Fact id="older" />', '12-14'), lesson('en', 'None.', '12-14')] }),
    ).toContain(
      'lessons/en/a.mdx: uses the facts none but lessons/fr/a.mdx uses young, older: every language must state the same facts',
    );
  });
});
