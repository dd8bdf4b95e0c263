import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue, lintContent } from '../../src/lib/content-lint/lint';
import { facts } from '../../src/data/facts';
import { pictureNames } from '../../src/data/pictures';
import { helplinesFile } from '../../src/lib/helplines';
import { lintFiles } from '../support/read-content';

/** The day the tests pretend it is, so that review-date warnings do not change with the calendar. */
const TODAY = new Date('2026-11-28T00:00:00Z');
const lint = (root: string, today = TODAY) => lintContent(lintFiles(root), helplinesFile, facts, today, pictureNames);

describe('content linter on the lessons of the site', () => {
  const { issues, scores } = lint(join(import.meta.dirname, '../..'), new Date());

  it('reports the reading ease of every pupil lesson', () => {
    const rows = scores.map(
      (s) =>
        `${s.file.padEnd(52)} ${s.band.padEnd(6)} ${String(s.score).padStart(6)} (floor ${s.floor}, ${s.wordsPerSentence} words/sentence)`,
    );
    console.log(`Reading ease per lesson\n${rows.join('\n')}`);
    const warnings = issues.filter((issue) => issue.severity === 'warning').map(formatIssue);
    if (warnings.length > 0) console.warn(warnings.join('\n'));
    expect(scores.length).toBeGreaterThanOrEqual(12);
  });

  it('finds no error', () => {
    const errors = issues.filter((issue) => issue.severity === 'error').map(formatIssue);
    // One line per error, so that an author can filter them (the diff below may be shortened).
    if (errors.length > 0) console.error(errors.join('\n'));
    expect(errors).toEqual([]);
  });
});
