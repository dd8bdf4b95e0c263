import { describe, expect, it } from 'vitest';
import { speechText } from './speech-text';
import { choice, scenario } from './test-questions';

describe('speechText', () => {
  it('reads the prompt and the options', () => {
    expect(speechText(choice('single', ['a'], ['a', 'b']), undefined)).toBe('Which? Option a. Option b.');
  });

  it('reads where the pupil is in a story', () => {
    expect(speechText(scenario, ['send'])).toBe(
      'Sam gets a message. The stranger asks for more. The stranger makes threats. Pay. Tell an adult now.',
    );
  });
});
