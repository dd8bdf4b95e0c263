import type { Component } from 'solid-js';
import type { QuestionView } from '../../lib/quiz/types';
import type { ViewProps } from './view-props';

/** The view that shows each question type: choice questions share one. */
export type ViewName = 'choice' | 'ordering' | 'sorting' | 'scenario' | 'reflection';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each view takes its own question type
type AnyView = Component<ViewProps<any>>;

const views: Partial<Record<ViewName, AnyView>> = {};

/** The view name of a question type. */
export const viewName = (type: QuestionView['type']): ViewName =>
  type === 'single' || type === 'multiple' || type === 'true-false' ? 'choice' : type;

/** The views a quiz needs, each once, in the order of its questions. */
export const viewNames = (questions: readonly QuestionView[]): ViewName[] => [
  ...new Set(questions.map((question) => viewName(question.type))),
];

/**
 * Makes a view available to the question card. A page loads (and registers) only the views its
 * quiz uses (QuizViewScripts.astro), so a quiz without ordering never downloads the ordering view.
 */
export const registerView = (name: ViewName, view: AnyView): void => {
  views[name] = view;
};

/** The registered view of a question type, if its page loaded it. */
export const viewFor = (type: QuestionView['type']): AnyView | undefined => views[viewName(type)];
