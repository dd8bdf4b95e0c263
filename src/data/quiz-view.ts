import type { CollectionEntry } from 'astro:content';
import { useTranslations } from '../i18n';
import { expandFactsDeep } from '../lib/facts';
import { localizeQuiz } from '../lib/quiz/localize-quiz';
import type { QuizView } from '../lib/quiz/types';
import type { Lang } from '../schemas/languages';
import { facts } from './facts';

/** A quiz of the catalogue in one language (its `{fact:…}` tokens written out), with the page's words for "true" and "false". */
export function quizView(quiz: CollectionEntry<'quizzes'>, lang: Lang): QuizView {
  const t = useTranslations(lang);
  return localizeQuiz(quiz.id, expandFactsDeep(quiz.data, lang, facts), lang, { true: t('quiz.true'), false: t('quiz.false') });
}
