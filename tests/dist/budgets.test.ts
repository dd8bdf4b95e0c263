import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { offlineReports } from '../../bench/offline-checks';
import { weigh, weighPages } from '../../bench/page-weight-core';

describe('page weight budgets (same figures as npm run bench)', () => {
  const { weights, checks } = weighPages();

  it('measures every page type', () => {
    expect(weights.map((w) => w.page)).toEqual(expect.arrayContaining(['home', 'lesson with quiz', 'teacher notes', 'help']));
  });

  it('counts the view a quiz opens on when the quiz script does not bring it, and only then', () => {
    const dist = join(import.meta.dirname, '../../dist');
    const firstType = (path: string): string | undefined => {
      const props = /data-quiz-props>([^<]*)</.exec(readFileSync(join(dist, path, 'index.html'), 'utf8'))?.[1];
      return props === undefined ? undefined : JSON.parse(props).quiz.questions[0].type;
    };
    const pages = readdirSync(join(dist, 'fr/lessons'))
      .map((id) => `fr/lessons/${id}/`)
      .filter((path) => firstType(path) !== undefined);
    const opening = (type: string) => pages.filter((path) => firstType(path) === type).map((path) => weigh(dist, 'quiz', path));
    // The quiz script brings the choice and sorting views (common-views.ts); the others come apart.
    for (const w of [...opening('single'), ...opening('sorting')]) expect(w.openingJs[1], w.path).toBe(0);
    const apart = [...opening('ordering'), ...opening('scenario'), ...opening('reflection')];
    expect(apart.length).toBeGreaterThan(0);
    for (const w of apart) expect(w.openingJs[1], w.path).toBeGreaterThan(500);
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
