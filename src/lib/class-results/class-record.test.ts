import { describe, expect, it } from 'vitest';
import type { QuizView } from '../quiz/types';
import { addCode, cleanLabel, decodeRecord, emptyRecord, readRecord, withPaperRows, type ClassRecord } from './class-record';
import { emptyRows } from './paper-grid';
import { classQuiz, ticket } from './test-class';
import { encodeTicket } from '../tickets/ticket';

const now = new Date('2026-12-03T16:00:00Z');
const later = new Date('2026-12-03T16:05:00Z');
const code = (nonce: number, answer = 'b') =>
  encodeTicket(classQuiz, ticket(nonce, { 'single-q': { kind: 'choice', options: [answer] } }));

const add = (record: ClassRecord, text: string) => addCode(record, classQuiz, text, later);

describe('addCode', () => {
  it('counts a ticket once, refuses a duplicate and a bad code with the reason', () => {
    const first = add(emptyRecord(classQuiz, '5A', now), code(1));
    expect(first.outcome).toBe('counted');
    expect(first.record.codes).toHaveLength(1);
    expect(first.record.updated).toBe(later.toISOString());
    const again = add(first.record, code(1));
    expect(again.outcome).toBe('duplicate');
    expect(again.record.codes).toHaveLength(1);
    expect(add(first.record, code(1).toLowerCase().replaceAll('-', ' ')).outcome).toBe('duplicate');
    expect(add(first.record, code(2)).record.codes).toHaveLength(2);
    const typo = code(2).replace(/^./, (c) => (c === '1' ? '2' : '1'));
    expect(add(first.record, typo)).toMatchObject({ outcome: 'refused', error: 'check' });
    expect(add(first.record, '   ')).toMatchObject({ outcome: 'refused', error: 'empty' });
    const otherQuiz = encodeTicket({ ...classQuiz, id: 'other' }, { ...ticket(3, {}), quizId: 'other' });
    expect(add(first.record, otherQuiz)).toMatchObject({ outcome: 'refused', error: 'other-quiz', record: first.record });
  });
});

describe('readRecord', () => {
  it('counts codes and grid rows, and reports codes of an older quiz without losing them', () => {
    let record = add(add(emptyRecord(classQuiz, '5A', now), code(1, 'b')).record, code(2, 'c')).record;
    const rows = emptyRows(classQuiz, 2);
    rows[1]![0] = 'b';
    record = withPaperRows(record, classQuiz, rows, later);
    const read = readRecord(record, classQuiz);
    expect([read.tickets.length, read.scanned, read.older, read.olderCells]).toEqual([3, 2, 0, 0]);

    // The quiz changes: the single-choice question loses option "d" and "c", the story is removed.
    const updated: QuizView = {
      ...classQuiz,
      questions: classQuiz.questions
        .filter((q) => q.id !== 'story-q')
        .map((q) => (q.id === 'single-q' && 'options' in q ? { ...q, options: q.options.slice(0, 2) } : q)),
    };
    const stored = decodeRecord(
      JSON.stringify({ ...record, paper: { ...record.paper, rows: [['c', '', '', '', '', 'right'], ...rows] } }),
    )!;
    const reread = readRecord(stored, updated);
    expect(reread.older).toBe(2);
    expect(reread.scanned).toBe(0);
    expect(stored.codes).toHaveLength(2);
    expect(reread.olderCells).toBe(2);
    expect(reread.rows[0]).toEqual(['', '', '', '', '']);
    expect(reread.tickets).toHaveLength(1);
  });

  it('leaves blank the cells of a new question or of a short row, without counting them as older', () => {
    const stored: ClassRecord = {
      ...emptyRecord(classQuiz, '5A', now),
      paper: { columns: ['single-q', 'gone-q', 'multiple-q'], rows: [['b']] },
    };
    const read = readRecord(stored, classQuiz);
    expect(read.olderCells).toBe(0);
    expect(read.rows).toEqual([['b', '', '', '', '', '']]);
  });

  it('reads a new record as no ticket at all', () => {
    const read = readRecord(emptyRecord(classQuiz, '5A', now), classQuiz);
    expect([read.tickets, read.scanned, read.older, read.rows]).toEqual([[], 0, 0, []]);
  });
});

describe('decodeRecord', () => {
  it('reads back what was saved and refuses anything else', () => {
    const record = emptyRecord(classQuiz, '5A', now);
    expect(decodeRecord(JSON.stringify(record))).toEqual(record);
    expect(decodeRecord(undefined)).toBeUndefined();
    expect(decodeRecord('{not json')).toBeUndefined();
    expect(decodeRecord(JSON.stringify({ ...record, v: 2 }))).toBeUndefined();
    expect(decodeRecord(JSON.stringify({ ...record, codes: [1] }))).toBeUndefined();
    expect(decodeRecord(JSON.stringify({ ...record, quizId: 7 }))).toBeUndefined();
    expect(decodeRecord(JSON.stringify({ ...record, label: null }))).toBeUndefined();
    expect(decodeRecord(JSON.stringify({ ...record, updated: 1 }))).toBeUndefined();
    expect(decodeRecord(JSON.stringify({ ...record, paper: { columns: [], rows: [[null]] } }))).toBeUndefined();
  });
});

describe('cleanLabel', () => {
  it('collapses spaces and keeps labels short', () => {
    expect(cleanLabel('  5A   bis ')).toBe('5A bis');
    expect(cleanLabel('   ')).toBe('');
    expect(cleanLabel('x'.repeat(50))).toHaveLength(30);
    expect(cleanLabel('  ' + 'x'.repeat(40))).toBe('x'.repeat(30));
    expect(cleanLabel('x'.repeat(29) + ' yz')).toBe('x'.repeat(29));
  });
});
