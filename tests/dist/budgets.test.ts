import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { offlineReports } from '../../bench/offline-checks';
import { weighPages } from '../../bench/page-weight-core';

describe('page weight budgets (same figures as npm run bench)', () => {
  const { weights, checks } = weighPages();

  it('measures every page type', () => {
    expect(weights.map((w) => w.page)).toEqual(expect.arrayContaining(['home', 'lesson with quiz', 'teacher notes', 'help']));
  });

  const offline = offlineReports(join(import.meta.dirname, '../../dist'));

  it('measures the offline copy of every language', () => {
    const { reports } = offline;
    expect(reports.map((r) => r.lang).sort()).toEqual(['en', 'fr', 'nl']);
    for (const report of reports) expect(report.copy.lessons, report.lang).toBeGreaterThan(0);
  });

  it('keeps the offline copy and the first visit within issue #12 budgets', () => {
    const over = offline.checks
      .filter((check) => check.value > check.budget)
      .map((c) => `${c.what}: ${c.value} bytes > ${c.budget}`);
    expect(over).toEqual([]);
  });

  it('stays within every budget', () => {
    const over = checks.filter((check) => check.value > check.budget).map((c) => `${c.what}: ${c.value} bytes > ${c.budget}`);
    expect(over).toEqual([]);
  });
});
