/** A discussion prompt of the teacher notes (`prompts:` in the notes' front matter). */
export interface NotesPrompt {
  question: string;
  expected: string;
  /** Ids of the quiz questions the prompt discusses, where the notes say so. */
  questions?: string[] | undefined;
}

/** Words of at least four letters, lower case, without accents. */
function words(text: string): Set<string> {
  // Stryker disable next-line MethodExpression: upper or lower case compare alike except letters whose capital is several letters (ß), which French, Dutch and English words do not have
  const plain = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  // Stryker disable next-line ArrayDeclaration: a text without a word of four letters would share at most one placeholder word, below MIN_SHARED_WORDS, so no match changes
  return new Set(plain.match(/\p{L}{4,}/gu) ?? []);
}

/** Distinctive words a prompt must share with a question to match it. */
export const MIN_SHARED_WORDS = 3;

/**
 * The notes' discussion prompt for a quiz question, if one fits. A prompt that names the question
 * (`questions:` in the notes) wins. Otherwise the match is by words, since notes rarely link
 * prompts to questions: each prompt's distinctive words (of at least four letters, found in no
 * other prompt of the notes, so "help" or "fault", common to all, do not count) are compared
 * with the question's prompt and explanation. The prompt sharing the most, at least
 * `MIN_SHARED_WORDS` and strictly more than any other prompt, is the match. Undefined otherwise:
 * better no prompt than an unrelated one.
 */
export function matchingPrompt(
  question: { id: string; prompt: string; explanation: string },
  prompts: readonly NotesPrompt[],
): NotesPrompt | undefined {
  const named = prompts.find((prompt) => prompt.questions?.includes(question.id));
  if (named) return named;
  const wanted = words(`${question.prompt} ${question.explanation}`);
  const promptWords = prompts.map((prompt) => words(`${prompt.question} ${prompt.expected}`));
  const shared = promptWords.map(
    (own, index) =>
      [...own].filter((word) => wanted.has(word) && promptWords.every((other, at) => at === index || !other.has(word))).length,
  );
  const best = Math.max(0, ...shared);
  const winners = shared.filter((count) => count === best).length;
  return best >= MIN_SHARED_WORDS && winners === 1 ? prompts[shared.indexOf(best)] : undefined;
}
