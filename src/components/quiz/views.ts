import type { Component } from 'solid-js';
import type { QuestionView } from '../../lib/quiz/types';
import { viewName, type ViewName } from '../../lib/quiz/view-name';
import { lazyComponent, type LazyComponent } from './lazy-component';
import type { ViewProps } from './view-props';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each view takes its own question type
type AnyView = Component<ViewProps<any>>;

const views: Partial<Record<ViewName, AnyView | LazyComponent<never>>> = {};

/** The views a quiz needs, each once, in the order of its questions. */
export const viewNames = (questions: readonly QuestionView[]): ViewName[] => [
  ...new Set(questions.map((question) => viewName(question.type))),
];

/**
 * Makes a view available to the question card, its code already on the page: the views the quiz
 * script brings (common-views.ts); the server's render and the tests register every view
 * (all-views.ts).
 */
export const registerView = (name: ViewName, view: AnyView): void => {
  views[name] = view;
};

/**
 * Makes a view available whose code is fetched by `load` when first shown (or by preloadViews),
 * unless the page already registered the view itself (registerView).
 */
export const registerLazyView = (name: ViewName, load: () => Promise<{ default: AnyView }>): void => {
  views[name] ??= lazyComponent(load);
};

/** Fetches the code of the views a quiz uses that are not on the page yet (once the page is idle). */
export const preloadViews = (questions: readonly QuestionView[]): Promise<unknown> =>
  Promise.all(viewNames(questions).map((name) => (views[name] as Partial<LazyComponent<never>> | undefined)?.preload?.()));

/** The registered view of a question type, if its page loaded it. */
export const viewFor = (type: QuestionView['type']): AnyView | undefined => views[viewName(type)] as AnyView | undefined;
