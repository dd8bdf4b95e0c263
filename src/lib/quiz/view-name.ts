import type { QuestionView } from './types';

/** The view that shows each question type: choice questions share one. */
export type ViewName = 'choice' | 'ordering' | 'sorting' | 'scenario' | 'reflection';

/** The view name of a question type. */
export const viewName = (type: QuestionView['type']): ViewName =>
  type === 'single' || type === 'multiple' || type === 'true-false' ? 'choice' : type;
