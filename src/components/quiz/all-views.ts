import ChoiceView from './ChoiceView';
import OrderingView from './OrderingView';
import ReflectionView from './ReflectionView';
import ScenarioView from './ScenarioView';
import SortingView from './SortingView';
import { registerView } from './views';

/**
 * Registers every question view: for the server's render of the quiz and for tests. Never import
 * it from the browser's code: the quiz script brings only some views (common-views.ts).
 */
export function registerAllViews(): void {
  registerView('choice', ChoiceView);
  registerView('ordering', OrderingView);
  registerView('sorting', SortingView);
  registerView('scenario', ScenarioView);
  registerView('reflection', ReflectionView);
}
