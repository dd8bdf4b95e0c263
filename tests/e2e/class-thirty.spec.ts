import { expect, test as base } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import en from '../../src/i18n/en.json' with { type: 'json' };
import { gradeAnswer, quizScore } from '../../src/lib/quiz/grade';
import type { Answer, QuestionView } from '../../src/lib/quiz/types';
import { progressKey } from '../../src/stores/quiz-progress';
import { fill } from '../../src/i18n/fill';
import { fakeCameraArgs, writeQrVideo } from './fake-camera';
import { openClass, quizOfLesson, ticketCode } from './tickets';
import { foreignRequests } from './foreign-requests';

/**
 * Issue 15's class check, end to end: 30 pupils finish a quiz with varied answers and show their
 * exit ticket; the teacher counts half of them by typing the codes and half with the camera
 * (Chromium's fake camera playing a video of the QR codes); the class summary matches the answers
 * graded the way each pupil's end screen graded them.
 */
const LESSON = 'getting-help-and-reporting'; // every scored question type
const quiz = quizOfLesson(LESSON);
const PUPILS = 30;

/** A pupil's answers: varied by pupil and question, every type, some right and some wrong. */
function answersOf(pupil: number): Record<string, Answer> {
  const answers: Record<string, Answer> = {};
  quiz.questions.forEach((question, q) => {
    const answer = answerTo(question, pupil + q);
    if (answer !== undefined) answers[question.id] = answer;
  });
  return answers;
}

function answerTo(question: QuestionView, seed: number): Answer | undefined {
  switch (question.type) {
    case 'single':
    case 'true-false':
      return [question.options[seed % question.options.length]!.id];
    case 'multiple': {
      const ids = question.options.filter((_, i) => (seed >> i) & 1 || i === seed % question.options.length);
      return ids.map((option) => option.id);
    }
    case 'ordering': {
      const ids = question.items.map((item) => item.id);
      const turn = seed % ids.length;
      return [...ids.slice(turn), ...ids.slice(0, turn)];
    }
    case 'sorting': {
      const other = (category: string) => question.categories.find((c) => c.id !== category)!.id;
      return Object.fromEntries(
        question.items.map((item, i) => [item.id, (seed + i) % 3 === 0 ? other(item.category) : item.category]),
      );
    }
    case 'scenario': {
      const taken: string[] = [];
      let step = question.steps.find((s) => s.id === question.start);
      for (let depth = 0; step?.choices?.length; depth += 1) {
        const choice = step.choices[(seed + depth) % step.choices.length]!;
        taken.push(choice.id);
        step = question.steps.find((s) => s.id === choice.next);
      }
      return taken;
    }
    case 'reflection':
      return 'Something private that must never travel';
  }
}

const pupils = Array.from({ length: PUPILS }, (_, index) => {
  const answers = answersOf(index);
  const attempt = `pupil${index}`;
  return { answers, attempt, code: ticketCode(quiz, answers, attempt) };
});
const typed = pupils.slice(0, PUPILS / 2);
const scanned = pupils.slice(PUPILS / 2);

const test = base.extend<object, { launchOptions: { args?: string[] } }>({
  launchOptions: [
    async ({ launchOptions }, use) => {
      const video = join(mkdtempSync(join(tmpdir(), 'balise-class-')), 'tickets.y4m');
      // Fast: the scanner needs a few frames of each code; the video loops.
      writeQrVideo(
        video,
        scanned.map((pupil) => pupil.code),
        { seconds: 0.6, gapSeconds: 0.3 },
      );
      await use({ ...launchOptions, args: [...(launchOptions.args ?? []), ...fakeCameraArgs(video)] });
    },
    { scope: 'worker' },
  ],
});

test.skip(({ browserName }) => browserName !== 'chromium', "Chromium's fake camera");

test('30 pupils: tickets from their end screens reach the class page by typing and by camera; the summary matches their answers', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const foreign = foreignRequests(page, baseURL);

  // Each pupil's phone: a finished quiz, then "Show my result to my teacher".
  await page.goto(`/en/lessons/${LESSON}/`);
  for (const pupil of pupils) {
    const progress = {
      version: 2,
      attempt: pupil.attempt,
      current: quiz.questions.length,
      answers: pupil.answers,
      checked: quiz.questions.map((question) => question.id),
      completed: true,
      score: quizScore(quiz.questions, pupil.answers).score,
      updatedAt: '2026-12-03T10:00:00.000Z',
    };
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [progressKey(quiz.id), JSON.stringify(progress)]);
    await page.reload();
    await page.getByRole('button', { name: en['quiz.ticketShow'] }).click();
    await expect(page.locator('[data-ticket-code]')).toHaveText(pupil.code);
    await expect(page.getByRole('img', { name: en['quiz.ticketQr'] }).locator('svg')).toBeVisible();
    await expect(page.locator('.ticket')).not.toContainText('must never travel');
  }

  // The teacher's device: half the class typed, the other half through the camera.
  await openClass(page, LESSON, '5B');
  const field = page.getByLabel(en['class.typeLabel']);
  for (const [index, pupil] of typed.entries()) {
    await field.fill(index % 2 === 0 ? pupil.code : pupil.code.toLowerCase().replaceAll('-', ' '));
    await field.press('Enter');
    await expect(page.getByText(fill(en['class.count'], { count: index + 1 }))).toBeVisible();
  }
  await field.fill(typed[3]!.code);
  await field.press('Enter');
  await expect(page.getByRole('status').first()).toHaveText(en['class.duplicate']);

  await page.getByRole('button', { name: en['class.scanButton'] }).click();
  await expect(page.getByText(fill(en['class.count'], { count: PUPILS }))).toBeVisible({ timeout: 90_000 });
  await page.getByRole('button', { name: en['scanner.stop'] }).click();

  // The summary, against each pupil's answers graded as the end screen graded them.
  const summary = page.getByRole('region', { name: new RegExp(en['class.summaryTitle']) });
  await expect(summary.getByText(fill(en['class.tickets'], { count: PUPILS }))).toBeVisible();
  const scored = quiz.questions.filter((question) => question.type !== 'reflection');
  const total = pupils.reduce((sum, pupil) => sum + quizScore(quiz.questions, pupil.answers).score, 0);
  const average = new Intl.NumberFormat('en-GB').format(Math.round((total / PUPILS) * 10) / 10);
  await expect(summary.getByText(fill(en['class.average'], { score: average, total: scored.length }))).toBeVisible();
  const rightCounts: number[] = [];
  for (const question of scored) {
    const right = pupils.filter((pupil) => gradeAnswer(question, pupil.answers[question.id]).correct).length;
    rightCounts.push(right);
    const share = fill(en['class.shareRight'], { percent: Math.round((right / PUPILS) * 100), right, tickets: PUPILS });
    await expect(summary.getByRole('article', { name: question.prompt }).getByText(share), question.id).toBeVisible();
  }
  // The answers are varied: not everyone right or wrong on every question.
  expect(rightCounts.some((right) => right > 0 && right < PUPILS)).toBe(true);
  expect(new Set(pupils.map((pupil) => pupil.code)).size).toBe(PUPILS);
  expect(foreign).toEqual([]);
});
