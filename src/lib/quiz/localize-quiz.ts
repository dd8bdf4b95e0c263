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
  switch (question.type) {
    case 'true-false':
      return {
        ...base,
        type: 'true-false',
        shuffle: false,
        options: ([true, false] as const).map((value) => ({
          id: String(value),
          text: value ? labels.true : labels.false,
          feedback: (value === question.answer ? question.feedback.right : question.feedback.wrong)[lang],
          correct: value === question.answer,
        })),
      };
    case 'single':
    case 'multiple':
      return {
        ...base,
        type: question.type,
        shuffle: question.shuffle,
        options: question.options.map((o) => ({ id: o.id, text: o.text[lang], feedback: o.feedback[lang], correct: o.correct })),
      };
    case 'ordering':
      return {
        ...base,
        type: 'ordering',
        items: question.items.map((item) => ({ id: item.id, text: item.text[lang] })),
        feedback: { right: question.feedback.right[lang], wrong: question.feedback.wrong[lang] },
      };
    case 'sorting':
      return {
        ...base,
        type: 'sorting',
        categories: question.categories.map((c) => ({ id: c.id, label: c.label[lang] })),
        items: question.items.map((i) => ({ id: i.id, text: i.text[lang], category: i.category, feedback: i.feedback[lang] })),
      };
    case 'scenario':
      return {
        ...base,
        type: 'scenario',
        start: question.start ?? question.steps[0]!.id,
        steps: question.steps.map((step) => ({
          id: step.id,
          text: step.text[lang],
          ...(step.choices && {
            choices: step.choices.map((c) => ({
              id: c.id,
              text: c.text[lang],
              consequence: c.consequence[lang],
              best: c.best,
              ...(c.next !== undefined && { next: c.next }),
            })),
          }),
        })),
      };
    case 'reflection':
      return {
        ...base,
        type: 'reflection',
        ...(question.feelings && { feelings: question.feelings.map((f) => ({ id: f.id, text: f.text[lang] })) }),
      };
  }
}

/** Turns a quiz file into the one-language, serialisable view the island receives. */
export function localizeQuiz(id: string, quiz: QuizData, lang: Lang, labels: TrueFalseLabels): QuizView {
  return { id, questions: quiz.questions.map((question) => localizeQuestion(question, lang, labels)) };
}
