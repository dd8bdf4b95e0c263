import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sequence } from '../../src/data/sequence';
import { sequenceProblems } from '../../src/lib/sequence';
import { readContent } from '../support/read-content';

const tree = readContent(join(import.meta.dirname, '../..'));

describe('the suggested order (src/data/sequence.json)', () => {
  it('lists every lesson of the site exactly once, in its own band', () => {
    const lessons = tree.lessons
      .filter((lesson) => lesson.lang === 'en')
      .map((lesson) => ({ id: lesson.id, band: lesson.data.band }));
    expect(lessons.length).toBeGreaterThan(0);
    expect(sequenceProblems(sequence, lessons)).toEqual([]);
  });
});
