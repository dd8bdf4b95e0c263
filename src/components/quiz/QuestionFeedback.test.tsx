// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { gradeAnswer } from '../../lib/quiz/grade';
import { choice, reflection } from '../../lib/quiz/test-questions';
import type { Answer, QuestionView } from '../../lib/quiz/types';
import { emptyProgress } from '../../lib/quiz/progress';
import { quizProgress } from '../../stores/quiz-progress';
import { fakeSpeech, removeFakeSpeech } from './fake-speech';
import Quiz from './Quiz';
import QuestionFeedback from './QuestionFeedback';
import { quizPartsLoaded, quizProps, testStrings as s, storesUnmounted } from './test-quiz';

const single = choice('single', ['b'], ['a', 'b']);

const show = (question: QuestionView, answer: Answer, options: { short: boolean; readAloud?: boolean }) =>
  render(() => (
    <QuestionFeedback
      question={question}
      answer={answer}
      grade={gradeAnswer(question, answer)}
      short={options.short}
      readAloud={options.readAloud ?? true}
      lang="en-GB"
      strings={s}
    />
  ));

const listen = async () => fireEvent.click(await screen.findByRole('button', { name: s.readFeedback }));
const stop = () => fireEvent.click(screen.getByRole('button', { name: s.stopReading }));

afterAll(storesUnmounted);

afterEach(() => {
  cleanup();
  removeFakeSpeech();
  quizProgress('feedback-test').set(emptyProgress());
  localStorage.clear();
});

describe('<QuestionFeedback> read aloud', () => {
  it('reads the short feedback of a young pupil, and "tell me more" once it is open', async () => {
    const { spoken } = fakeSpeech(['en-GB']);
    show(single, ['a'], { short: true });
    await listen();
    stop();
    const details = screen.getByText(s.tellMeMore).closest('details')!;
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    await listen();
    expect(spoken.map(({ text }) => text)).toEqual([`${s.wrong} About a.`, `${s.wrong} About a. Because.`]);
  });

  it('reads the verdict and the explanation of an older pupil', async () => {
    const { spoken } = fakeSpeech(['en-GB']);
    show(single, ['b'], { short: false });
    await listen();
    expect(spoken.map(({ text, lang }) => [text, lang])).toEqual([[`${s.right} Because.`, 'en-GB']]);
  });

  it("reads a reflection's explanation without a verdict", async () => {
    const { spoken } = fakeSpeech(['en-GB']);
    show(reflection, 'ok', { short: true });
    await listen();
    expect(spoken.map(({ text }) => text)).toEqual([reflection.explanation]);
  });

  it('has no control where read-aloud is not offered, or the device has no voice of the language', async () => {
    fakeSpeech(['en-GB']);
    show(single, ['b'], { short: false, readAloud: false });
    expect(screen.queryByRole('button', { name: s.readFeedback })).toBeNull();
    cleanup();
    removeFakeSpeech();
    fakeSpeech(['fr-BE']);
    show(single, ['b'], { short: false });
    expect(screen.queryByRole('button', { name: s.readFeedback })).toBeNull();
  });

  it('follows the quiz: offered after "check" where the question can be read aloud', async () => {
    await quizPartsLoaded();
    fakeSpeech(['en-GB']);
    const quiz = { id: 'feedback-test', questions: [single] };
    render(() => <Quiz {...quizProps(quiz)} readAloud={true} />);
    expect(screen.queryByRole('button', { name: s.readFeedback })).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: 'Option b' }));
    fireEvent.click(screen.getByRole('button', { name: s.check }));
    expect(await screen.findByRole('button', { name: s.readFeedback })).toBeTruthy();
  });
});
