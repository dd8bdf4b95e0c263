import { describe, expect, it } from 'vitest';
import { BOM, csvCell, csvSeparator, summaryCsv, toCsv } from './csv';
import { classSummary } from './summary';
import { classQuiz, ticket } from './test-class';

const headings = {
  question: 'Question',
  prompt: 'Prompt',
  shareRight: '% right',
  right: 'Right',
  blank: 'Blank',
  answers: 'Answers',
  tickets: 'Tickets',
  average: 'Average',
};

describe('csvCell', () => {
  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTab', "'\tTab"],
    ['a, b', '"a, b"'],
    ['say "no"', '"say ""no"""'],
    ['two\nlines', '"two\nlines"'],
    ['Élève à l’école', 'Élève à l’école'],
    ['1+1=2', '1+1=2'],
    ['e-mail @school', 'e-mail @school'],
  ])('writes %j as %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('writes numbers as they are, even negative ones', () => {
    expect(csvCell(-3)).toBe('-3');
  });
});

describe('summaryCsv', () => {
  it('starts with the BOM and has one row per scored question, then the tickets and the average', () => {
    const summary = classSummary(classQuiz, [ticket(1, { 'single-q': { kind: 'choice', options: ['c'] } })]);
    const csv = summaryCsv(summary, headings, 'en-GB');
    expect(csv.startsWith(BOM)).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('Question,Prompt,% right,Right,Blank,Answers');
    expect(lines[1]).toBe('1,Which?,0,0,0,A Option a: 0,B Option b: 0,C Option c: 1,D Option d: 0');
    expect(lines).toHaveLength(1 + 6 + 3);
    expect(lines.slice(-3)).toEqual(['', 'Tickets,1', 'Average,0/6']);
  });

  it('writes the share right in per cent and the steps of an ordering question as they are', () => {
    const summary = classSummary(classQuiz, [
      ticket(1, { 'single-q': { kind: 'choice', options: ['b'] }, 'order-q': { kind: 'step', step: 3, steps: 3 } }),
    ]);
    const lines = summaryCsv(summary, headings, 'en-GB').slice(1).split('\r\n');
    expect(lines[1]).toMatch(/^1,Which\?,100,1,0,/);
    expect(lines[4]).toBe('4,Put the steps in order.,100,1,0,3/3: 1,2/3: 0,1/3: 0,0/3: 0');
  });

  it('uses semicolons where Excel does (a decimal comma), with the average written the same way', () => {
    expect(csvSeparator('fr-BE')).toBe(';');
    expect(csvSeparator('nl-BE')).toBe(';');
    expect(csvSeparator('en-GB')).toBe(',');
    const summary = classSummary(classQuiz, [ticket(1, { 'story-q': { kind: 'step', step: 5, steps: 10 } })]);
    const csv = summaryCsv(summary, { ...headings, prompt: 'Énoncé; texte' }, 'fr-BE');
    expect(csv).toContain('Question;"Énoncé; texte";% right');
    expect(csv).toContain('Average;"0,5/6"');
  });

  it('ends every row with CRLF', () => {
    expect(toCsv([['a'], ['b']])).toBe(`${BOM}a\r\nb\r\n`);
  });
});
