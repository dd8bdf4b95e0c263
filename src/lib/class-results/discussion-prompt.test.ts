import { describe, expect, it } from 'vitest';
import { matchingPrompt } from './discussion-prompt';

const prompts = [
  { question: 'Why might Sam feel ashamed?', expected: 'Because the stranger made threats; it is never Sam’s fault.' },
  { question: 'Qui peut aider quand une photo circule ?', expected: 'Un adulte de confiance, la ligne d’écoute.' },
  { question: 'What is a secret?', expected: 'Something kept.' },
];

describe('matchingPrompt', () => {
  it('finds the prompt sharing the most meaningful words, accents ignored', () => {
    expect(matchingPrompt({ prompt: 'The stranger makes threats.', explanation: 'It is never your fault.' }, prompts)).toBe(
      prompts[0],
    );
    expect(matchingPrompt({ prompt: 'Une photo de toi circule.', explanation: 'Parle à un adulte de confiance.' }, prompts)).toBe(
      prompts[1],
    );
  });

  it('gives none rather than an unrelated prompt (one shared word is not enough)', () => {
    expect(matchingPrompt({ prompt: 'Keep a secret?', explanation: 'No.' }, prompts)).toBeUndefined();
    expect(matchingPrompt({ prompt: 'Anything', explanation: '' }, [])).toBeUndefined();
  });
});
