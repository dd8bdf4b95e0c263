/*
 * Class results in the teacher's browser: one localStorage entry per lesson's quiz and class
 * label, `balise:v1:class:<quiz id>:<label, URI-encoded>`, holding a `ClassRecord` (its saved
 * shape, lifecycle and migration are documented in `lib/class-results/class-record.ts`). Nothing
 * else is stored: no name, only the tickets' codes and the paper grid's cells. The progress page
 * lists and erases them; its "erase everything" removes them with every other `balise:` key.
 */
import { persistentAtom } from '@nanostores/persistent';
import type { WritableAtom } from 'nanostores';
import {
  addCode,
  decodeRecord,
  emptyRecord,
  withPaperRows,
  type ClassRecord,
  type CodeOutcome,
} from '../lib/class-results/class-record';
import type { PaperCell } from '../lib/class-results/paper-grid';
import type { QuizView } from '../lib/quiz/types';
import { storedClasses, type StoredClass } from '../lib/class-results/stored-classes';
import { STORAGE_PREFIX } from './storage-prefix';
import { localStorageOrUndefined, readDeviceData } from './stored-entries';
import './storage-engine';

/** localStorage key of one class's results for one quiz. */
export const classKey = (quizId: string, label: string): string =>
  `${STORAGE_PREFIX}v1:class:${quizId}:${encodeURIComponent(label)}`;

const stores = new Map<string, WritableAtom<ClassRecord | undefined>>();

/** The persisted results of one class for one quiz; undefined until the first ticket or cell, and after erasing. */
export function classRecord(quizId: string, label: string): WritableAtom<ClassRecord | undefined> {
  const key = classKey(quizId, label);
  let store = stores.get(key);
  if (!store) {
    store = persistentAtom<ClassRecord | undefined>(key, undefined, {
      encode: (record) => (record === undefined ? undefined : JSON.stringify(record)),
      decode: decodeRecord,
    }) as WritableAtom<ClassRecord | undefined>;
    stores.set(key, store);
  }
  return store;
}

/** Every class's results this browser keeps, newest first. */
export const listClasses = (storage = localStorageOrUndefined()): StoredClass[] => storedClasses(readDeviceData(storage));

/** The class labels kept for one quiz, newest first. */
export const classLabels = (quizId: string, storage = localStorageOrUndefined()): string[] =>
  listClasses(storage)
    .filter((entry) => entry.quizId === quizId)
    .map((entry) => entry.label);

function remove(key: string, storage: Storage | undefined): void {
  try {
    storage?.removeItem(key);
  } catch {
    // A storage that cannot be written holds nothing of ours.
  }
  stores.get(key)?.set(undefined);
}

/** Erases one class's results for one quiz. */
export const eraseClass = (quizId: string, label: string, storage = localStorageOrUndefined()): void =>
  remove(classKey(quizId, label), storage);

/** Erases every class's results; returns how many were erased. */
export function eraseAllClasses(storage = localStorageOrUndefined()): number {
  const keys = listClasses(storage).map((entry) => entry.key);
  for (const key of keys) remove(key, storage);
  return keys.length;
}

const recordOf = (quiz: QuizView, label: string, now: Date): ClassRecord =>
  classRecord(quiz.id, label).get() ?? emptyRecord(quiz, label, now);

/** Counts a typed or scanned code for a class (once; see `addCode`) and keeps it; returns what happened. */
export function countCode(quiz: QuizView, label: string, text: string, now = new Date()): CodeOutcome {
  const result = addCode(recordOf(quiz, label, now), quiz, text, now);
  if (result.outcome === 'counted') classRecord(quiz.id, label).set(result.record);
  return result;
}

/** Keeps the paper grid's rows of a class. */
export function savePaperRows(quiz: QuizView, label: string, rows: PaperCell[][], now = new Date()): void {
  classRecord(quiz.id, label).set(withPaperRows(recordOf(quiz, label, now), quiz, rows, now));
}
