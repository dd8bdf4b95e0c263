import { describe, expect, it } from 'vitest';
import { inQuizChunk } from './quiz-chunk';

const root = '/home/school/balise';

describe('the quiz chunk', () => {
  it('holds Solid, the stores and what the first question needs', () => {
    for (const id of [
      `${root}/node_modules/solid-js/dist/solid.js`,
      `${root}/node_modules/solid-js/web/dist/web.js`,
      `${root}/node_modules/nanostores/atom/index.js`,
      `${root}/node_modules/@nanostores/persistent/index.js`,
      `${root}/src/components/quiz/Quiz.tsx`,
      `${root}/src/components/quiz/ChoiceView.tsx`,
      `${root}/src/components/quiz/SortingView.tsx`,
      `${root}/src/components/quiz/QuizSection.astro?astro&type=script&index=0&lang.ts`,
      `${root}/src/lib/quiz/progress.ts`,
      `${root}/src/i18n/fill.ts`,
      `${root}/src/stores/quiz-progress.ts`,
    ])
      expect(inQuizChunk(id), id).toBe(true);
  });

  it('leaves out what loads later, other pages’ code and Solid’s store', () => {
    for (const id of [
      `${root}/node_modules/solid-js/store/dist/store.js`,
      `${root}/src/components/quiz/QuestionFeedback.tsx`,
      `${root}/src/components/quiz/QuizEnd.tsx`,
      `${root}/src/components/quiz/EndScreen.tsx`,
      `${root}/src/components/quiz/ReadAloud.tsx`,
      `${root}/src/components/quiz/OrderingView.tsx`,
      `${root}/src/components/quiz/TicketPanel.tsx`,
      `${root}/src/lib/quiz/retry.ts`,
      `${root}/src/lib/quiz/speech-text.ts`,
      `${root}/src/stores/quiz-end.ts`,
      `${root}/src/stores/class-results.ts`,
      `${root}/src/components/progress/ProgressPanel.tsx`,
      `${root}/src/lib/tickets/ticket.ts`,
    ])
      expect(inQuizChunk(id), id).toBe(false);
  });

  it('reads Windows paths too', () => {
    expect(inQuizChunk('C:\\balise\\src\\components\\quiz\\Quiz.tsx')).toBe(true);
    expect(inQuizChunk('C:\\balise\\src\\lib\\quiz\\retry.ts')).toBe(false);
  });
});
