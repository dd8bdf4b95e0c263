import type { AreaKeys } from '../../i18n';

/** The UI strings the quiz island receives (every `quiz.` key), in the page's language. */
export type QuizStrings = Record<AreaKeys<'quiz.'>, string>;
