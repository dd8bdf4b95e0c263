import { describe, expect, it } from 'vitest';
import { lessonSetLink, moveUp, parseLessonSet, SET_MAX } from './lesson-set';

const known = new Set(['my-helpers', 'real-or-fake', 'consent-and-the-law']);

describe('parseLessonSet', () => {
  it('keeps known lessons in the link order, each once', () => {
    expect(parseLessonSet('real-or-fake, my-helpers,real-or-fake', known)).toEqual({
      ids: ['real-or-fake', 'my-helpers'],
      unknown: [],
      malformed: false,
    });
  });

  it('leaves out unknown ids and anything that is not an id, and says so', () => {
    expect(parseLessonSet('my-helpers,old-lesson,<script>,,', known)).toEqual({
      ids: ['my-helpers'],
      unknown: ['old-lesson'],
      malformed: true,
    });
    expect(parseLessonSet(null, known)).toEqual({ ids: [], unknown: [], malformed: false });
  });

  it(`reads at most ${SET_MAX} ids, and exactly ${SET_MAX} is fine`, () => {
    const long = Array.from({ length: SET_MAX + 5 }, () => 'my-helpers').join(',');
    expect(parseLessonSet(long, known)).toEqual({ ids: ['my-helpers'], unknown: [], malformed: true });
    const full = Array.from({ length: SET_MAX }, (_, i) => `lesson-${i}`);
    const many = new Set(full);
    expect(parseLessonSet(full.join(','), many)).toEqual({ ids: full, unknown: [], malformed: false });
    const past = [...full, 'lesson-extra'];
    expect(parseLessonSet(past.join(','), new Set(past))).toEqual({ ids: full, unknown: [], malformed: true });
  });

  it('refuses ids with anything before or after the id, and ids over 80 characters', () => {
    for (const bad of ['x/my-helpers', 'my-helpers/x', '-my-helpers', 'my-helpers-', 'My-helpers'])
      expect(parseLessonSet(bad, new Set([bad])), bad).toEqual({ ids: [], unknown: [], malformed: true });
    const eighty = 'a'.repeat(80);
    expect(parseLessonSet(eighty, new Set([eighty])).ids).toEqual([eighty]);
    const longer = 'a'.repeat(81);
    expect(parseLessonSet(longer, new Set([longer]))).toEqual({ ids: [], unknown: [], malformed: true });
  });
});

describe('lessonSetLink and moveUp', () => {
  it('writes the ids in order into the set page address', () => {
    expect(lessonSetLink('https://school.example/balise/en/set/?l=x#top', ['real-or-fake', 'my-helpers'])).toBe(
      'https://school.example/balise/en/set/?l=real-or-fake,my-helpers',
    );
    expect(lessonSetLink('https://school.example/en/set/', [])).toBe('https://school.example/en/set/');
  });

  it('moves an item up, and ignores the first one', () => {
    expect(moveUp(['a', 'b', 'c'], 2)).toEqual(['a', 'c', 'b']);
    expect(moveUp(['a', 'b', 'c'], 0)).toEqual(['a', 'b', 'c']);
    expect(moveUp(['a', 'b', 'c'], 3)).toEqual(['a', 'b', 'c']);
    expect(moveUp(['a', 'b', 'c'], -1)).toEqual(['a', 'b', 'c']);
  });
});
