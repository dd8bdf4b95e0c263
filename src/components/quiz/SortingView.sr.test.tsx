// @vitest-environment jsdom
import { virtual } from '@guidepup/virtual-screen-reader';
import { cleanup, render } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyProgress } from '../../lib/quiz/progress';
import { quizProgress } from '../../stores/quiz-progress';
import Quiz from './Quiz';
import { quizProps, testQuiz, testStrings as s } from './test-quiz';

afterEach(async () => {
  await virtual.stop();
  cleanup();
  quizProgress(testQuiz.id).set(emptyProgress());
  localStorage.clear();
});

/** Moves the virtual screen reader to the next item whose spoken phrase contains `text`. */
async function moveTo(text: string): Promise<string> {
  for (let step = 0; step < 200; step += 1) {
    await virtual.next();
    const phrase = await virtual.lastSpokenPhrase();
    if (phrase.includes(text)) return phrase;
  }
  throw new Error(`the screen reader never reached "${text}"`);
}

describe('tap sorting with a screen reader (@guidepup/virtual-screen-reader)', () => {
  it('names the cards and groups as buttons, says which card is picked, and where it went', async () => {
    quizProgress(testQuiz.id).set({ ...emptyProgress(), current: 2 });
    const { container } = render(() => <Quiz {...quizProps()} />);
    await virtual.start({ container });
    expect(await moveTo(s.toSort)).toContain('heading');
    expect(await moveTo('Asks before posting')).toBe('button, Asks before posting, not pressed');
    await virtual.act();
    expect((await virtual.spokenPhraseLog()).slice(-2)).toEqual([
      'button, Asks before posting, pressed',
      'polite: “Asks before posting” is picked. Now tap its group.',
    ]);
    expect(await moveTo('Green')).toBe('button, Green');
    await virtual.act();
    expect(await virtual.lastSpokenPhrase()).toBe('polite: “Asks before posting” is in: Green.');
    expect(await moveTo('list, Green')).toBe('list, Green');
    expect(await moveTo('Asks before posting')).toBe('button, Asks before posting, not pressed');
  });
});
