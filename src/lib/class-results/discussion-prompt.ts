/** A discussion prompt of the teacher notes (`prompts:` in the notes' front matter). */
export interface NotesPrompt {
  question: string;
  expected: string;
}

/** Words of at least four letters, lower case, without accents: the words that carry meaning. */
function words(text: string): Set<string> {
  const plain = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return new Set(plain.match(/\p{L}{4,}/gu) ?? []);
}

/** Shared meaningful words needed before a prompt counts as matching a question. */
export const MIN_SHARED_WORDS = 2;

/**
 * The notes' discussion prompt that matches a quiz question, if one does. The notes do not link
 * prompts to questions, so the match is by words: the prompt (question and expected answers)
 * sharing the most words of at least four letters with the question (prompt and explanation),
 * with at least `MIN_SHARED_WORDS` of them; ties go to the first prompt. Undefined when none
 * shares enough: better no prompt than an unrelated one.
 */
export function matchingPrompt(
  question: { prompt: string; explanation: string },
  prompts: readonly NotesPrompt[],
): NotesPrompt | undefined {
  const wanted = words(`${question.prompt} ${question.explanation}`);
  let best: { prompt: NotesPrompt; shared: number } | undefined;
  for (const prompt of prompts) {
    const shared = [...words(`${prompt.question} ${prompt.expected}`)].filter((word) => wanted.has(word)).length;
    if (shared >= MIN_SHARED_WORDS && (!best || shared > best.shared)) best = { prompt, shared };
  }
  return best?.prompt;
}
