// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyRecord } from '../lib/class-results/class-record';
import { classQuiz, ticket } from '../lib/class-results/test-class';
import { encodeTicket } from '../lib/tickets/ticket';
import {
  classKey,
  classLabels,
  classRecord,
  countCode,
  eraseAllClasses,
  eraseClass,
  listClasses,
  savePaperRows,
} from './class-results';
import { eraseDeviceData } from './device-data';

const save = (label: string, day: number, quizId = classQuiz.id) =>
  classRecord(quizId, label).set({ ...emptyRecord({ ...classQuiz, id: quizId }, label, new Date(2026, 11, day)), codes: ['X'] });

beforeEach(() => {
  localStorage.clear();
  eraseAllClasses();
});

describe('class results store', () => {
  it('keeps each class of each quiz under its own key, labels with spaces included', () => {
    save('5A', 1);
    save('6 B', 2);
    save('5A', 3, 'other-quiz');
    expect(localStorage.getItem(classKey(classQuiz.id, '6 B'))).toContain('"label":"6 B"');
    expect(classLabels(classQuiz.id)).toEqual(['6 B', '5A']);
    expect(listClasses().map((c) => `${c.quizId}/${c.label}/${c.tickets}`)).toEqual([
      'other-quiz/5A/1',
      'class-quiz/6 B/1',
      'class-quiz/5A/1',
    ]);
  });

  it('reads back a record saved earlier (a reload)', () => {
    localStorage.setItem(classKey(classQuiz.id, 'late'), JSON.stringify(emptyRecord(classQuiz, 'late', new Date())));
    expect(classRecord(classQuiz.id, 'late').get()?.label).toBe('late');
  });

  it('erases one class, then all, in storage and in memory', () => {
    save('5A', 1);
    save('6B', 2);
    eraseClass(classQuiz.id, '5A');
    expect(classLabels(classQuiz.id)).toEqual(['6B']);
    expect(classRecord(classQuiz.id, '5A').get()).toBeUndefined();
    save('5A', 3, 'other-quiz');
    expect(eraseAllClasses()).toBe(2);
    expect(listClasses()).toEqual([]);
    expect(classRecord(classQuiz.id, '6B').get()).toBeUndefined();
  });

  it('counts codes once and keeps the paper grid, per class', () => {
    const code = encodeTicket(classQuiz, ticket(7, {}));
    expect(countCode(classQuiz, '5A', code).outcome).toBe('counted');
    expect(countCode(classQuiz, '5A', code).outcome).toBe('duplicate');
    expect(countCode(classQuiz, '6B', code).outcome).toBe('counted');
    expect(countCode(classQuiz, '5A', 'nonsense').outcome).toBe('refused');
    expect(countCode(classQuiz, '7C', 'nonsense').outcome).toBe('refused');
    expect(classLabels(classQuiz.id)).not.toContain('7C');
    savePaperRows(classQuiz, '5A', [['a', '', '', '', '', '']]);
    expect(classRecord(classQuiz.id, '5A').get()).toMatchObject({ codes: [code], paper: { rows: [['a', '', '', '', '', '']] } });
    expect(listClasses().find((c) => c.label === '5A')?.tickets).toBe(2);
  });

  it('goes with "erase everything" on the progress page', () => {
    save('5A', 1);
    eraseDeviceData();
    expect(listClasses()).toEqual([]);
  });
});
