import { describe, expect, it } from 'vitest';
import { lessonIdsInEveryLanguage } from './lesson-files';

describe('lessonIdsInEveryLanguage', () => {
  it('keeps pupil lessons present in fr, nl and en, and leaves teacher notes out', () => {
    const paths = [
      '../../lessons/fr/consent.mdx',
      '../../lessons/nl/consent.mdx',
      '../../lessons/en/consent.mdx',
      '../../lessons/en/consent.teacher.mdx',
      '../../lessons/fr/only-french.mdx',
      'lessons\\fr\\windows.mdx',
      'lessons\\nl\\windows.mdx',
      'lessons\\en\\windows.mdx',
    ];
    expect([...lessonIdsInEveryLanguage(paths)].sort()).toEqual(['consent', 'windows']);
  });
});

describe('lessonIdsInEveryLanguage: only .mdx files', () => {
  it('leaves out editor backups of a lesson', () => {
    expect([...lessonIdsInEveryLanguage(['lessons/fr/a.mdx~', 'lessons/nl/a.mdx~', 'lessons/en/a.mdx~'])]).toEqual([]);
  });
});
