import { describe, expect, it } from 'vitest';
import { speechText, spokenSentences } from './speech-text';
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

describe('spokenSentences', () => {
  it('reads the feedback as sentences: a full stop where a part has no punctuation, nothing for an empty part', () => {
    expect(spokenSentences(['Well done!', ' ', 'Only an adult you trust  ', 'Why: "because"'])).toBe(
      'Well done! Only an adult you trust. Why: "because"',
    );
  });
});
