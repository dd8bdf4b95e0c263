import { describe, expect, it } from 'vitest';
import { speechText, spokenSentences } from './speech-text';
import { choice, reflection, scenario } from './test-questions';

describe('speechText', () => {
  it('reads the prompt and the options', () => {
    expect(speechText(choice('single', ['a'], ['a', 'b']), undefined)).toBe('Which? Option a. Option b.');
  });

  it('reads the feelings a reflection offers, or only its prompt when it offers none', () => {
    expect(speechText(reflection, undefined)).toBe('How do you feel? 🙂 OK. 😟 Worried.');
    const { feelings: _feelings, ...withoutFeelings } = reflection;
    expect(speechText(withoutFeelings, undefined)).toBe('How do you feel?');
  });

  it('reads the start of a story before any choice', () => {
    expect(speechText(scenario, undefined)).toBe('Sam gets a message. A stranger asks Sam for a photo. Send it. Tell an adult.');
  });

  it('reads where the pupil is in a story', () => {
    expect(speechText(scenario, ['send'])).toBe(
      'Sam gets a message. The stranger asks for more. The stranger makes threats. Pay. Tell an adult now.',
    );
  });
});

describe('spokenSentences', () => {
  it('adds a full stop to a part whose punctuation is only inside it', () => {
    expect(spokenSentences(['Stop! Then tell someone', 'Wait: who'])).toBe('Stop! Then tell someone. Wait: who.');
  });

  it('reads the feedback as sentences: a full stop where a part has no punctuation, nothing for an empty part', () => {
    expect(spokenSentences(['Well done!', ' ', 'Only an adult you trust  ', 'Why: "because"'])).toBe(
      'Well done! Only an adult you trust. Why: "because"',
    );
  });
});
