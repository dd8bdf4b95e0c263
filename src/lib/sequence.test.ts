import { describe, expect, it } from 'vitest';
import type { Sequence } from '../schemas/sequence';
import { inSequence, sequencePosition, sequenceProblems } from './sequence';

const why = { fr: 'f', nl: 'n', en: 'e' };
const sequence: Sequence = {
  '6-8': { lessons: ['a', 'b'], why },
  '9-11': { lessons: ['c'], why },
  '12-14': { lessons: ['d'], why },
  '15-18': { lessons: ['e'], why },
};
const lessons = [
  { id: 'a', band: '6-8' as const },
  { id: 'b', band: '6-8' as const },
  { id: 'c', band: '9-11' as const },
  { id: 'd', band: '12-14' as const },
  { id: 'e', band: '15-18' as const },
];

describe('sequenceProblems', () => {
  it('accepts every lesson once in its band', () => {
    expect(sequenceProblems(sequence, lessons)).toEqual([]);
  });

  it('names a missing lesson, an unknown id, a twice-listed id and a wrong band', () => {
    const broken: Sequence = { ...sequence, '6-8': { lessons: ['a', 'a', 'zz', 'c'], why } };
    expect(sequenceProblems(broken, lessons)).toMatchInlineSnapshot(`
      [
        "src/data/sequence.json: "a" is listed twice; keep it once",
        "src/data/sequence.json: "6-8" lists "zz", which is not a lesson; remove it or fix the id",
        "src/data/sequence.json: "c" is a 9-11 lesson but is listed under "6-8"; move it there",
        "src/data/sequence.json: "c" is listed twice; keep it once",
        "src/data/sequence.json: lesson "b" is missing; add it to "6-8".lessons where it fits",
      ]
    `);
  });
});

describe('sequencePosition and inSequence', () => {
  it('gives the 1-based position in the band', () => {
    expect(sequencePosition(sequence, 'b')).toEqual({ band: '6-8', position: 2, total: 2 });
    expect(sequencePosition(sequence, 'nope')).toBeUndefined();
  });

  it('sorts by the suggested order, unlisted items last', () => {
    expect(inSequence(sequence, '6-8', ['x', 'b', 'a'], (id) => id)).toEqual(['a', 'b', 'x']);
  });
});

describe('sequencePosition and inSequence: the ends', () => {
  it('places the first lesson of a band at position 1', () => {
    expect(sequencePosition(sequence, 'a')).toEqual({ band: '6-8', position: 1, total: 2 });
  });

  it('keeps unlisted items in their own order after the listed ones', () => {
    expect(inSequence(sequence, '6-8', ['z', 'y', 'b', 'x', 'w', 'a'], (id) => id)).toEqual(['a', 'b', 'z', 'y', 'x', 'w']);
  });
});
