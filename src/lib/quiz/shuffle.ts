import { hash32 } from '../hash';

/** A small seeded random generator (mulberry32): the same seed gives the same sequence. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Shuffles a copy of `items`, the same way for the same seed (so a reload keeps the order).
 * With `avoidSameOrder`, a shuffle that leaves the list as it was is rotated by one (for
 * ordering questions, whose right answer is the original order).
 */
export function seededShuffle<T>(items: readonly T[], seed: string, avoidSameOrder = false): T[] {
  const next = random(hash32(seed));
  const copy = [...items];
  // Stryker disable next-line EqualityOperator: at index 0 the only swap is with itself, so also running it changes nothing.
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(next() * (index + 1));
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }
  // Stryker disable next-line EqualityOperator: rotating a one-item list leaves it as it is, so "> 1" and ">= 1" agree.
  if (avoidSameOrder && copy.length > 1 && copy.every((item, index) => item === items[index])) copy.push(copy.shift()!);
  return copy;
}
