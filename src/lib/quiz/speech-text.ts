import { followScenario } from './scenario-path';
import type { Answer, QuestionView } from './types';

/** What read-aloud says for a question: the prompt, then what the pupil can choose from. */
export function speechText(question: QuestionView, answer: Answer | undefined): string {
  const parts = [question.prompt];
  switch (question.type) {
    case 'single':
    case 'multiple':
    case 'true-false':
      parts.push(...question.options.map((option) => option.text));
      break;
    case 'ordering':
    case 'sorting':
      parts.push(...question.items.map((item) => item.text));
      break;
    case 'scenario': {
      // Stryker disable next-line ArrayDeclaration: choice ids are slugs (schema), so the mutant's entry never fits a choice and is ignored.
      const { taken, current } = followScenario(question, Array.isArray(answer) ? answer : []);
      const last = taken.at(-1);
      if (last) parts.push(last.choice.consequence);
      if (current) parts.push(current.text, ...(current.choices ?? []).map((choice) => choice.text));
      break;
    }
    case 'reflection':
      parts.push(...(question.feelings ?? []).map((feeling) => feeling.text));
      break;
  }
  return spokenSentences(parts);
}

/**
 * Joins what read-aloud says, so that the voice pauses between the parts: each part ends with
 * punctuation (a full stop is added); empty parts are left out. For the feedback after "check":
 * `spokenSentences([verdict, sentence])`.
 */
export function spokenSentences(parts: readonly string[]): string {
  return parts
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => (/[.!?…:»"]$/.test(part) ? part : `${part}.`))
    .join(' ');
}
