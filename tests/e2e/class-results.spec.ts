import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import en from '../../src/i18n/en.json' with { type: 'json' };
import { localizeQuiz } from '../../src/lib/quiz/localize-quiz';
import type { QuestionView } from '../../src/lib/quiz/types';
import { encodeTicket } from '../../src/lib/tickets/ticket';
import type { Ticket, TicketAnswer } from '../../src/lib/tickets/types';
import type { QuizData } from '../../src/schemas/quiz';
import { foreignRequests } from './foreign-requests';
import { fill } from '../../src/i18n/fill';
import { expectNoViolations } from './axe';
import { openClass } from './tickets';

// A quiz with every scored question type: true/false (twice), multiple, ordering, sorting, scenario, single.
const LESSON = 'getting-help-and-reporting';
const quizFile = join(import.meta.dirname, '../../quizzes', `${LESSON}.yaml`);
const quiz = localizeQuiz(LESSON, parse(readFileSync(quizFile, 'utf8')) as QuizData, 'en', { true: 'True', false: 'False' });
const scored = quiz.questions.filter((q) => q.type !== 'reflection');

const steps = (q: QuestionView) => (q.type === 'ordering' || q.type === 'sorting' ? q.items.length : 10);
const rightAnswer = (q: QuestionView): TicketAnswer =>
  'options' in q
    ? { kind: 'choice', options: q.options.filter((o) => o.correct).map((o) => o.id) }
    : { kind: 'step', step: steps(q), steps: steps(q) };
const firstWrong = (q: QuestionView): TicketAnswer =>
  'options' in q
    ? { kind: 'choice', options: [q.options.find((o) => !o.correct)!.id] }
    : { kind: 'step', step: 0, steps: steps(q) };

const ticket = (nonce: number, answer: (q: QuestionView) => TicketAnswer): Ticket => ({
  version: 1,
  quizId: quiz.id,
  nonce,
  answers: Object.fromEntries(scored.map((q) => [q.id, answer(q)])),
});

const single = scored.find((q) => q.type === 'single')!;
const ordering = scored.find((q) => q.type === 'ordering')!;
// Pupil 1: all right (7). Pupil 2: every first wrong option, one step of the ordering in place (0.3).
// Pupil 3: only the single-choice question, with the same wrong option as pupil 2 (0).
// The paper grid adds a fourth: the story and the single-choice question right (2).
const codes = [
  encodeTicket(quiz, ticket(11, rightAnswer)),
  encodeTicket(
    quiz,
    ticket(22, (q) => (q.id === ordering.id ? { kind: 'step', step: 1, steps: steps(q) } : firstWrong(q))),
  ),
  encodeTicket(
    quiz,
    ticket(33, (q) => (q.id === single.id ? firstWrong(q) : { kind: 'none' })),
  ),
];
const wrongLetter = String.fromCharCode(65 + ('options' in single ? single.options.findIndex((o) => !o.correct) : 0));

test('a class check: typed codes, the paper grid, the summary, CSV, kept on reload, erased from the progress page', async ({
  page,
  baseURL,
}) => {
  const foreign = foreignRequests(page, baseURL);

  await openClass(page, LESSON, '5A');

  const field = page.getByLabel(en['class.typeLabel']);
  // The first status on the page: the one under the code field.
  const status = page.getByRole('status').first();
  for (const [index, code] of codes.entries()) {
    await field.fill(code);
    await field.press('Enter');
    await expect(status).toHaveText(fill(en['class.counted'], { count: index + 1 }));
    await expect(field).toHaveValue('');
  }
  // The same ticket typed again, in small letters without dashes: counted once.
  await field.fill(codes[0]!.toLowerCase().replaceAll('-', ''));
  await page.getByRole('button', { name: en['class.typeButton'] }).click();
  await expect(status).toHaveText(en['class.duplicate']);
  // A typing mistake: one character changed.
  const typo = codes[1]!.replace(/^(.{5})(.)/, (_, start: string, c: string) => start + (c === '7' ? '8' : '7'));
  await field.fill(typo);
  await field.press('Enter');
  await expect(status).toHaveText(fill(en['class.refused'], { reason: en['class.error.check'] }));
  await expect(field).toHaveValue(typo);
  await expect(page.getByText(fill(en['class.count'], { count: 3 }))).toBeVisible();

  const summary = page.getByRole('region', { name: new RegExp(en['class.summaryTitle']) });
  await expect(summary.getByText(fill(en['class.tickets'], { count: 3 }))).toBeVisible();
  // (7 + 0.3 + 0) / 3 = 2.43
  await expect(summary.getByText(fill(en['class.average'], { score: '2.4', total: 7 }))).toBeVisible();
  const singleResult = summary.getByRole('article', { name: single.prompt });
  await expect(singleResult.getByText(fill(en['class.shareRight'], { percent: 33, right: 1, tickets: 3 }))).toBeVisible();
  await expect(singleResult.getByText(en['class.revisit'], { exact: true })).toBeVisible();
  await expect(singleResult.getByRole('listitem').filter({ hasText: en['class.commonWrong'] })).toContainText(`${wrongLetter}.`);
  await expect(singleResult.getByText(single.explanation)).toBeVisible();
  await expect(
    summary.getByRole('article', { name: ordering.prompt }).getByText(fill(en['class.stepLabel'], { label: '1/3' })),
  ).toBeVisible();

  // Paper: one worksheet, all blank but the single-choice question, tapped to its right answer.
  await page.getByLabel(en['class.pupils']).fill('1');
  await page.getByLabel(en['class.pupils']).press('Tab');
  const column = scored.indexOf(single) + 1;
  const cell = page.getByRole('button', {
    name: new RegExp(`^${fill(en['class.cellLabel'], { sheet: 1, question: column, value: '' })}`),
  });
  const rightIndex = 'options' in single ? single.options.findIndex((o) => o.correct) : 0;
  for (let tap = 0; tap <= rightIndex; tap += 1) await cell.click();
  await expect(cell).toHaveText(String.fromCharCode(65 + rightIndex));
  await cell.focus();
  // By keyboard: the story to its left, marked right.
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('button', {
      name: fill(en['class.cellLabel'], { sheet: 1, question: column - 1, value: en['class.mark.right'] }),
    }),
  ).toHaveText('✓');
  await expect(summary.getByText(fill(en['class.tickets'], { count: 4 }))).toBeVisible();
  await expect(singleResult.getByText(fill(en['class.shareRight'], { percent: 50, right: 2, tickets: 4 }))).toBeVisible();

  await expectNoViolations(page);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: en['class.csv'] }).click(),
  ]);
  expect(download.url()).toMatch(/^blob:/);
  expect(download.suggestedFilename()).toBe(`class-5a-${LESSON}.csv`);
  const csv = readFileSync(await download.path(), 'utf8');
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const lines = csv.trimEnd().split('\r\n');
  expect(lines[0]).toBe(
    `\uFEFF${en['class.csv.question']},${en['class.csv.prompt']},${en['class.csv.shareRight']},${en['class.csv.right']},${en['class.csv.blank']},${en['class.csv.answers']}`,
  );
  expect(lines).toHaveLength(1 + scored.length + 3);
  expect(lines[column]).toContain(',50,2,0,');
  // (7 + 0.3 + 0 + 2) / 4 = 2.33
  expect(lines.at(-1)).toBe(`${en['class.csv.average']},2.3/7`);

  // Projector view: large, one question at a time.
  await page.getByRole('button', { name: en['class.projector'] }).click();
  const projector = page.getByRole('dialog');
  await expect(projector.getByRole('article')).toHaveCount(1);
  await page.keyboard.press('ArrowRight');
  await expect(projector.getByText(fill(en['class.questionOf'], { number: 2, total: scored.length }))).toBeVisible();
  await expectNoViolations(page);
  await page.keyboard.press('Escape');
  await expect(projector).toHaveCount(0);

  await page.reload();
  await expect(page.getByText(fill(en['class.count'], { count: 3 }))).toBeVisible();
  await expect(summary.getByText(fill(en['class.tickets'], { count: 4 }))).toBeVisible();

  await page.goto('/en/progress/');
  const line = page.getByText(/, class 5A: 4 tickets, /);
  await expect(line).toBeVisible();
  await page.getByRole('button', { name: /^Erase class 5A of / }).click();
  await expect(line).toHaveCount(0);
  await page.goto(`/en/teachers/${LESSON}/class/`);
  await expect(page.getByText(en['class.chooseFirst'])).toBeVisible();
  expect(foreign).toEqual([]);
});
