import type { CollectionEntry } from 'astro:content';
import { useTranslations } from '../i18n';
import { expandFactsDeep } from '../lib/facts';
import { localizeQuiz } from '../lib/quiz/localize-quiz';
import type { QuizView } from '../lib/quiz/types';
import type { Lang } from '../schemas/languages';
import { facts } from './facts';
import { textPieces } from './pictures';

/** Every text inside a value (the quiz's prompts, options, items, steps…). */
function* textsOf(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const item of value) yield* textsOf(item);
  else if (typeof value === 'object' && value !== null) for (const item of Object.values(value)) yield* textsOf(item);
}

/** The emoji of a quiz's texts (as written) and the picture that draws each, for the island and the sprite. */
export function quizPictures(questions: QuizView['questions']): Record<string, string> {
  const pictures: Record<string, string> = {};
  for (const text of textsOf(questions))
    for (const piece of textPieces(text)) if ('picture' in piece) pictures[piece.emoji] = piece.picture;
  return pictures;
}

/**
 * A quiz of the catalogue in one language (its `{fact:…}` tokens written out), with the page's
 * words for "true" and "false", and the pictures that draw its emoji.
 */
export function quizView(quiz: CollectionEntry<'quizzes'>, lang: Lang): QuizView {
  const t = useTranslations(lang);
  const view = localizeQuiz(quiz.id, expandFactsDeep(quiz.data, lang, facts), lang, {
    true: t('quiz.true'),
    false: t('quiz.false'),
  });
  return { ...view, pictures: quizPictures(view.questions) };
}
