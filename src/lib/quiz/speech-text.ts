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
  return parts
    .map((part) => part.trim())
    .map((part) => (/[.!?…:»"]$/.test(part) ? part : `${part}.`))
    .join(' ');
}
