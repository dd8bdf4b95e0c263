/*
 * One class's results for one lesson, as the teacher's browser keeps them (see
 * `src/stores/class-results.ts` for the key). Saved shape, version 1:
 *
 *   { "v": 1, "quizId": "consent", "label": "5A", "updated": "2026-12-03T16:00:00.000Z",
 *     "codes": ["7K2M-…", …],                       typed or scanned codes, as decoded, in order
 *     "paper": { "columns": ["q1", …], "rows": [["b", "right", ""], …] } }   the tap grid
 *
 * Codes are kept, not decoded tickets: they are decoded again on every load against the quiz of
 * the day, so a ticket made before the quiz changed is recognised (`other-key`) and reported as
 * made with an older version instead of being counted wrongly or dropped. Grid cells keep what the
 * teacher read on the sheet and are graded again the same way; cells that no longer fit the
 * quiz (a question or option removed) are reported and left out. Anything unreadable gives an
 * empty record. A version 2 would be migrated here.
 */
import type { QuizView } from '../quiz/types';
import type { Ticket, TicketError } from '../tickets/types';
import { cellFits, gridQuestions, gridTickets, type PaperCell } from './paper-grid';
import { decodeTicket } from '../tickets/ticket';

export interface ClassRecord {
  v: 1;
  quizId: string;
  label: string;
  /** When a code or a cell last changed (ISO 8601). */
  updated: string;
  codes: string[];
  paper: { columns: string[]; rows: PaperCell[][] };
}

/** Longest class label kept ("5A", "3e B Mme Peeters"). */
export const LABEL_MAX = 30;

/** A class label as typed, tidied: spaces collapsed, at most `LABEL_MAX` characters; '' if nothing is left. */
export const cleanLabel = (label: string): string => label.replace(/\s+/g, ' ').trim().slice(0, LABEL_MAX).trim();

/** A new, empty record. */
export function emptyRecord(quiz: QuizView, label: string, now: Date): ClassRecord {
  return { v: 1, quizId: quiz.id, label, updated: now.toISOString(), codes: [], paper: { columns: [], rows: [] } };
}

const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/** Reads a stored record; undefined when it is missing, corrupted or of an unknown version. */
export function decodeRecord(raw: string | null | undefined): ClassRecord | undefined {
  if (!raw) return undefined;
  try {
    const data = JSON.parse(raw) as Partial<ClassRecord> | null;
    const paper = data?.paper;
    if (
      data?.v !== 1 ||
      typeof data.quizId !== 'string' ||
      typeof data.label !== 'string' ||
      typeof data.updated !== 'string' ||
      !isStrings(data.codes) ||
      !isStrings(paper?.columns) ||
      !Array.isArray(paper.rows) ||
      !paper.rows.every(isStrings)
    )
      return undefined;
    return data as ClassRecord;
  } catch {
    return undefined;
  }
}

/** What happened to a typed or scanned code. */
export type CodeOutcome =
  { outcome: 'counted' | 'duplicate'; record: ClassRecord } | { outcome: 'refused'; error: TicketError; record: ClassRecord };

/** Adds a typed or scanned code: counted once, a duplicate (the same code again) not twice, refused with the reason. */
export function addCode(record: ClassRecord, quiz: QuizView, text: string, now: Date): CodeOutcome {
  const decoded = decodeTicket(quiz, text);
  if (!decoded.ok) return { outcome: 'refused', error: decoded.error, record };
  if (record.codes.includes(decoded.code)) return { outcome: 'duplicate', record };
  return { outcome: 'counted', record: { ...record, codes: [...record.codes, decoded.code], updated: now.toISOString() } };
}

/** The record with the tap grid's rows replaced (columns: the quiz's scored questions now). */
export function withPaperRows(record: ClassRecord, quiz: QuizView, rows: PaperCell[][], now: Date): ClassRecord {
  const columns = gridQuestions(quiz).map((question) => question.id);
  return { ...record, paper: { columns, rows }, updated: now.toISOString() };
}

/** The record read against today's quiz. */
export interface ReadRecord {
  /** Tickets to count: the codes that decode, then the grid's marked rows. */
  tickets: Ticket[];
  /** Typed or scanned tickets counted. */
  scanned: number;
  /** Stored codes made with an older version of the quiz (or another format), kept but not counted. */
  older: number;
  /** The grid's rows, in today's columns; cells that no longer fit are blank. */
  rows: PaperCell[][];
  /** Grid cells left out because the quiz changed. */
  olderCells: number;
}

/** Decodes a record's codes again and lays its grid on today's questions. */
export function readRecord(record: ClassRecord, quiz: QuizView): ReadRecord {
  const scanned: Ticket[] = [];
  let older = 0;
  for (const code of record.codes) {
    const decoded = decodeTicket(quiz, code);
    if (decoded.ok) scanned.push(decoded.ticket);
    else older += 1;
  }
  const questions = gridQuestions(quiz);
  let olderCells = 0;
  const rows = record.paper.rows.map((row) =>
    questions.map((question) => {
      const column = record.paper.columns.indexOf(question.id);
      // Stryker disable next-line ConditionalExpression: without the test, row[-1] is undefined and falls back to '' too
      const value = column < 0 ? '' : (row[column] ?? '');
      if (cellFits(question, value)) return value;
      olderCells += 1;
      return '';
    }),
  );
  const removed = record.paper.columns.filter((id) => !questions.some((q) => q.id === id));
  for (const id of removed) {
    const column = record.paper.columns.indexOf(id);
    olderCells += record.paper.rows.filter((row) => (row[column] ?? '') !== '').length;
  }
  return { tickets: [...scanned, ...gridTickets(quiz, rows)], scanned: scanned.length, older, rows, olderCells };
}
