import { checkQuestion, emptyProgress, setAnswer } from './progress';
import { choice, ordering, reflection } from './test-questions';

/** The moment the progress tests pretend it is. */
export const now = new Date('2026-11-28T10:00:00Z');

/** A choice question, an ordering question and a reflection, for progress tests. */
export const questions = [choice('single', ['a']), ordering, reflection];

/** Progress of `questions` answered and checked: the choice wrong, the order right, the reflection written. */
export const answerAll = () => {
  let p = setAnswer(emptyProgress(), 'single-q', ['b'], now);
  p = checkQuestion(p, 'single-q', questions, now);
  p = setAnswer(p, 'order-q', ['stop', 'keep', 'tell'], now);
  p = checkQuestion(p, 'order-q', questions, now);
  p = setAnswer(p, 'feel-q', 'ok', now);
  return checkQuestion(p, 'feel-q', questions, now);
};
