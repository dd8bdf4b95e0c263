import ChoiceView from './ChoiceView';
import ReflectionView from './ReflectionView';
import ScenarioView from './ScenarioView';
import SortingView from './SortingView';
import { registerView } from './views';

/**
 * Registers the views nearly every quiz uses, in the page's one quiz script (apart, each would
 * weigh more than it saves: see bench/). The ordering view, in few quizzes, loads only where
 * needed (QuizViewScripts.astro).
 */
export function registerCommonViews(): void {
  registerView('choice', ChoiceView);
  registerView('sorting', SortingView);
  registerView('scenario', ScenarioView);
  registerView('reflection', ReflectionView);
}
