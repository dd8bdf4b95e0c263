import type { ChoiceView, OrderingView, ReflectionView, ScenarioView, SortingView } from './types';

/** Small questions of every type, for the graders' and the views' tests. */
export const choice = (type: ChoiceView['type'], right: string[], ids = ['a', 'b', 'c', 'd']): ChoiceView => ({
  id: `${type}-q`,
  type,
  prompt: 'Which?',
  explanation: 'Because.',
  shuffle: false,
  options: ids.map((id) => ({ id, text: `Option ${id}`, feedback: `About ${id}`, correct: right.includes(id) })),
});

export const ordering: OrderingView = {
  id: 'order-q',
  type: 'ordering',
  prompt: 'Put the steps in order.',
  explanation: 'Stop first, then keep evidence, then tell.',
  items: [
    { id: 'stop', text: 'Stop replying' },
    { id: 'keep', text: 'Keep the evidence' },
    { id: 'tell', text: 'Tell someone' },
  ],
  feedback: { right: 'Right order.', wrong: 'Not quite.' },
};

export const sorting: SortingView = {
  id: 'sort-q',
  type: 'sorting',
  prompt: 'Green or red?',
  explanation: 'Asking first is green.',
  categories: [
    { id: 'green', label: 'Green' },
    { id: 'red', label: 'Red' },
  ],
  items: [
    { id: 'asks', text: 'Asks before posting', category: 'green', feedback: 'Asking shows respect.' },
    { id: 'insists', text: 'Insists after a no', category: 'red', feedback: 'No means no.' },
  ],
};

export const scenario: ScenarioView = {
  id: 'story-q',
  type: 'scenario',
  prompt: 'Sam gets a message.',
  explanation: 'Telling someone brings help.',
  start: 'message',
  steps: [
    {
      id: 'message',
      text: 'A stranger asks Sam for a photo.',
      choices: [
        { id: 'send', text: 'Send it', consequence: 'The stranger asks for more.', next: 'pressure', best: false },
        { id: 'tell', text: 'Tell an adult', consequence: 'The adult helps.', next: 'helped', best: true },
      ],
    },
    {
      id: 'pressure',
      text: 'The stranger makes threats.',
      choices: [
        { id: 'pay', text: 'Pay', consequence: 'It does not stop.', best: false },
        { id: 'tell-now', text: 'Tell an adult now', consequence: 'The adult helps.', next: 'helped', best: true },
      ],
    },
    { id: 'helped', text: 'Sam is not alone any more.' },
  ],
};

export const reflection: ReflectionView = {
  id: 'feel-q',
  type: 'reflection',
  prompt: 'How do you feel?',
  explanation: 'Thank you.',
  feelings: [
    { id: 'ok', text: '🙂 OK' },
    { id: 'worried', text: '😟 Worried' },
  ],
};
