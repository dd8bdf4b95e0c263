import { describe, expect, it } from 'vitest';
import { matchingPrompt } from './discussion-prompt';

const prompts = [
  { question: 'Senne paid once. Is that his fault?', expected: 'Never his fault; stop paying, keep the messages, tell someone.' },
  {
    question: 'Qui peut aider quand une photo circule ?',
    expected: 'Un adulte de confiance, la ligne d’écoute, la plateforme qui retire la photo. Jamais ta faute.',
  },
  {
    question: 'Why does a deepnude still hurt?',
    expected: 'It looks real to others; it is never your fault; platforms remove it.',
  },
];

const question = (prompt: string, explanation = '', id = 'q') => ({ id, prompt, explanation });

describe('matchingPrompt', () => {
  it('finds the prompt sharing the most distinctive words, accents ignored', () => {
    expect(matchingPrompt(question('Senne paid once before he stopped.', 'Stop paying and keep the messages.'), prompts)).toBe(
      prompts[0],
    );
    expect(matchingPrompt(question('Une photo de toi circule.', 'Un adulte de confiance peut aider.'), prompts)).toBe(prompts[1]);
  });

  it('does not count words every prompt uses ("fault"), and gives none below three shared words or on a tie', () => {
    expect(matchingPrompt(question('Whose fault is it?', 'Never yours: your fault? never.'), prompts)).toBeUndefined();
    expect(matchingPrompt(question('Senne paid.', ''), prompts)).toBeUndefined();
    const twins = [prompts[0]!, { ...prompts[0]!, question: 'Again: Senne paid once.' }];
    expect(matchingPrompt(question('Senne paid once, stop paying, keep the messages.'), twins)).toBeUndefined();
    expect(matchingPrompt(question('Anything'), [])).toBeUndefined();
  });

  it('matches on exactly three shared words, accents ignored on either side', () => {
    expect(matchingPrompt(question('La ligne d’ecoute', 'et la plateforme.'), prompts)).toBe(prompts[1]);
  });

  it('gives none when two prompts share as many words with the question', () => {
    const two = [
      { question: 'What first?', expected: 'Keep screenshots, then block.' },
      { question: 'And then?', expected: 'Report the account and the profile.' },
    ];
    expect(matchingPrompt(question('Keep screenshots, block the account, report the profile.'), two)).toBeUndefined();
  });

  it('takes the prompt the notes link to the question first', () => {
    const linked = [...prompts, { question: 'Talk about it', expected: 'Anything.', questions: ['q7'] }];
    expect(matchingPrompt(question('Senne paid once before he stopped.', 'Stop paying, keep the messages.', 'q7'), linked)).toBe(
      linked[3],
    );
  });
});
