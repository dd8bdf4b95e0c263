import type { Lang } from '../../schemas/languages';
import type { QuestionData, QuizData } from '../../schemas/quiz';
import type { QuestionView, QuizView } from './types';

/** Labels of the two options of a true/false question, in the page's language. */
export interface TrueFalseLabels {
  true: string;
  false: string;
}

/** Turns a quiz file's question into the one-language view the island shows. */
export function localizeQuestion(question: QuestionData, lang: Lang, labels: TrueFalseLabels): QuestionView {
  const base = { id: question.id, prompt: question.prompt[lang], explanation: question.explanation[lang] };
  if (question.type === 'true-false') {
    return {
      ...base,
      type: 'true-false',
      options: ([true, false] as const).map((value) => ({
        id: String(value),
        text: value ? labels.true : labels.false,
        feedback: (value === question.answer ? question.feedback.right : question.feedback.wrong)[lang],
        correct: value === question.answer,
      })),
    };
  }
  return {
    ...base,
    type: question.type,
    options: question.options.map((option) => ({
      id: option.id,
      text: option.text[lang],
      feedback: option.feedback[lang],
      correct: option.correct,
    })),
  };
}

/** Turns a quiz file into the one-language, serialisable view the island receives. */
export function localizeQuiz(id: string, quiz: QuizData, lang: Lang, labels: TrueFalseLabels): QuizView {
  return { id, questions: quiz.questions.map((question) => localizeQuestion(question, lang, labels)) };
}
