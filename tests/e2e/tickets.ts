import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import en from '../../src/i18n/en.json' with { type: 'json' };
import { localizeQuiz } from '../../src/lib/quiz/localize-quiz';
import type { Answer, QuizView } from '../../src/lib/quiz/types';
import { encodeTicket, ticketFromAnswers } from '../../src/lib/tickets/ticket';
import type { QuizData } from '../../src/schemas/quiz';

const ROOT = join(import.meta.dirname, '../..');

/** The quiz of a lesson (English), read from its file as the site's pages show it. */
export function quizOfLesson(lessonId: string): QuizView {
  const front = parse(readFileSync(join(ROOT, 'lessons/en', `${lessonId}.mdx`), 'utf8').split(/^---$/m)[1] ?? '') as {
    quiz?: string;
  };
  if (!front.quiz) throw new Error(`lessons/en/${lessonId}.mdx has no quiz`);
  const data = parse(readFileSync(join(ROOT, 'quizzes', `${front.quiz}.yaml`), 'utf8')) as QuizData;
  return localizeQuiz(front.quiz, data, 'en', { true: en['quiz.true'], false: en['quiz.false'] });
}

/** The typed code (and QR text) of a pupil's exit ticket, for the answers given. */
export function ticketCode(quiz: QuizView, answers: Readonly<Record<string, Answer>>, attempt: string): string {
  return encodeTicket(quiz, ticketFromAnswers(quiz, answers, attempt));
}

/** Opens a lesson's class page with a class label, once its island is ready for taps. */
export async function openClass(page: Page, lessonId: string, label: string): Promise<void> {
  await page.goto(`/en/teachers/${lessonId}/class/`);
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', '');
  await page.getByLabel(en['class.label'], { exact: true }).fill(label);
  await page.getByRole('button', { name: en['class.labelOpen'] }).click();
  await expect(page.getByRole('heading', { name: en['class.current'].replace('{label}', label), exact: true })).toBeVisible();
}
