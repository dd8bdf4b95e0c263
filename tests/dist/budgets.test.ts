import { describe, expect, it } from 'vitest';
import { weighPages } from '../../bench/page-weight-core';

describe('page weight budgets (same figures as npm run bench)', () => {
  const { weights, checks } = weighPages();

  it('measures every page type', () => {
    expect(weights.map((w) => w.page)).toEqual(expect.arrayContaining(['home', 'lesson with quiz', 'teacher notes', 'help']));
  });

  it('stays within every budget', () => {
    const over = checks.filter((check) => check.value > check.budget).map((c) => `${c.what}: ${c.value} bytes > ${c.budget}`);
    expect(over).toEqual([]);
  });
});
