import { describe, expect, it } from 'vitest';
import { filterableFrom, matchesFilter } from './lesson-filter';

const lesson = { band: '12-14', topics: ['sextortion', 'law'], duration: 50 };

describe('matchesFilter', () => {
  it('matches when nothing is chosen', () => {
    expect(matchesFilter(lesson, {})).toBe(true);
  });

  it('filters on band, topic and longest duration together', () => {
    expect(matchesFilter(lesson, { band: '12-14', topic: 'law' })).toBe(true);
    expect(matchesFilter(lesson, { band: '9-11' })).toBe(false);
    expect(matchesFilter(lesson, { topic: 'consent' })).toBe(false);
    expect(matchesFilter(lesson, { maxDuration: 45 })).toBe(false);
    expect(matchesFilter(lesson, { maxDuration: 50 })).toBe(true);
  });
});

describe('filterableFrom', () => {
  it('reads the data attributes of a card', () => {
    expect(filterableFrom({ band: '6-8', topics: 'secrets body-safety', duration: '35' })).toEqual({
      band: '6-8',
      topics: ['secrets', 'body-safety'],
      duration: 35,
    });
  });

  it('reads a card without data as a lesson of no band, no topic and no duration', () => {
    expect(filterableFrom({})).toEqual({ band: '', topics: [], duration: 0 });
    expect(filterableFrom({ topics: ' law  consent ' }).topics).toEqual(['law', 'consent']);
  });
});
