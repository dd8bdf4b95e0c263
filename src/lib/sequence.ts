import { BANDS, type Band } from '../schemas/bands';
import type { Sequence } from '../schemas/sequence';

const FILE = 'src/data/sequence.json';

/** A lesson as the sequence check needs it. */
export interface SequencedLesson {
  id: string;
  band: Band;
}

/**
 * Problems of the suggested order against the lessons that exist: every lesson must appear
 * exactly once, in its own band, and every id must be a lesson. Each message names the file,
 * the band and the fix.
 */
export function sequenceProblems(sequence: Sequence, lessons: SequencedLesson[]): string[] {
  const problems: string[] = [];
  const bandOf = new Map(lessons.map((lesson) => [lesson.id, lesson.band]));
  const seen = new Set<string>();
  for (const band of BANDS) {
    for (const id of sequence[band].lessons) {
      const actual = bandOf.get(id);
      if (seen.has(id)) problems.push(`${FILE}: "${id}" is listed twice; keep it once`);
      seen.add(id);
      if (actual === undefined) problems.push(`${FILE}: "${band}" lists "${id}", which is not a lesson; remove it or fix the id`);
      else if (actual !== band)
        problems.push(`${FILE}: "${id}" is a ${actual} lesson but is listed under "${band}"; move it there`);
    }
  }
  for (const lesson of lessons) {
    if (!seen.has(lesson.id))
      problems.push(`${FILE}: lesson "${lesson.id}" is missing; add it to "${lesson.band}".lessons where it fits`);
  }
  return problems;
}

/** Where a lesson stands in its band's suggested order (1-based), or undefined if it is not listed. */
export function sequencePosition(sequence: Sequence, id: string): { band: Band; position: number; total: number } | undefined {
  for (const band of BANDS) {
    const index = sequence[band].lessons.indexOf(id);
    if (index >= 0) return { band, position: index + 1, total: sequence[band].lessons.length };
  }
  return undefined;
}

/** Items sorted in a band's suggested order; items the sequence does not list come last, in their order. */
export function inSequence<T>(sequence: Sequence, band: Band, items: T[], idOf: (item: T) => string): T[] {
  const order = sequence[band].lessons;
  const rank = (item: T) => {
    const index = order.indexOf(idOf(item));
    return index < 0 ? order.length : index;
  };
  const indexed = items.map((item, index) => ({ item, index }));
  // Stryker disable next-line ArithmeticOperator: sort is stable and V8 compares a later item with an earlier one, so for equal ranks a positive result keeps their order too.
  const sorted = indexed.sort((a, b) => rank(a.item) - rank(b.item) || a.index - b.index);
  return sorted.map(({ item }) => item);
}
