import { describe, expect, it } from 'vitest';
import type { ContentFile } from '../catalogue-check';
import type { LessonData } from '../../schemas/lesson';
import type { TeacherNotesData } from '../../schemas/teacher-notes';
import { promptLinkProblems } from './prompt-links';

const lesson = (quiz?: string) =>
  ({ lang: 'en', id: 'secrets', file: 'lessons/en/secrets.mdx', data: { quiz }, body: '' }) as ContentFile<LessonData>;
const notes = (questions?: string[]) =>
  ({
    lang: 'en',
    id: 'secrets',
    file: 'lessons/en/secrets.teacher.mdx',
    data: { prompts: [{ question: 'Why?', expected: 'Because.', questions }] },
    body: '',
  }) as ContentFile<TeacherNotesData>;

describe('promptLinkProblems', () => {
  it('accepts ids of the lesson quiz, and prompts that name none', () => {
    const ids = new Map([['secrets', ['q1', 'q2']]]);
    expect(promptLinkProblems([notes(['q2'])], [lesson('secrets')], ids)).toEqual([]);
    expect(promptLinkProblems([notes()], [lesson()], ids)).toEqual([]);
  });

  it('names the file, the field and the fix for an unknown id', () => {
    expect(promptLinkProblems([notes(['q9'])], [lesson('secrets')], new Map([['secrets', ['q1']]]))).toMatchInlineSnapshot(`
      [
        "lessons/en/secrets.teacher.mdx: "prompts[0].questions" names "q9", but quizzes/secrets.yaml has no question "q9": use an id of the lesson's quiz or remove it",
      ]
    `);
    expect(promptLinkProblems([notes(['q1'])], [lesson()], new Map())[0]).toContain('the lesson has no quiz');
  });
  it('reads the quiz of the lesson the notes belong to, in their language', () => {
    const other = (lang: string, id: string) =>
      ({ ...lesson('other'), lang, id, file: `lessons/${lang}/${id}.mdx` }) as ContentFile<LessonData>;
    const ids = new Map([
      ['secrets', ['q1', 'q2']],
      ['other', ['q9']],
    ]);
    expect(promptLinkProblems([notes(['q2'])], [other('fr', 'secrets'), other('en', 'photos'), lesson('secrets')], ids)).toEqual(
      [],
    );
  });

  it('reports every id when the quiz file is unknown', () => {
    expect(promptLinkProblems([notes(['q1'])], [lesson('gone')], new Map())[0]).toContain(
      'quizzes/gone.yaml has no question "q1"',
    );
  });
});
