import type { CollectionEntry } from 'astro:content';
import { useTranslations } from '../i18n';
import { localizeQuiz } from '../lib/quiz/localize-quiz';
import type { QuizView } from '../lib/quiz/types';
import type { Lang } from '../schemas/languages';

/** A quiz of the catalogue in one language, with the page's words for "true" and "false". */
export function quizView(quiz: CollectionEntry<'quizzes'>, lang: Lang): QuizView {
  const t = useTranslations(lang);
  return localizeQuiz(quiz.id, quiz.data, lang, { true: t('quiz.true'), false: t('quiz.false') });
}
