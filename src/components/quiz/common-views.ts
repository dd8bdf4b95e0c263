import ChoiceView from './ChoiceView';
import SortingView from './SortingView';
import { registerLazyView, registerView } from './views';

/**
 * Registers the question views in the page's quiz script. Choice and sorting questions open 30 of
 * the 32 quizzes, so their views come with the script (fetched apart, each would cost more than it
 * saves: see bench/). The others are fetched by import() only if the quiz uses them: at once when
 * the quiz opens on one (mount-quizzes.ts waits for it before the quiz goes live), otherwise once
 * the page is idle (Quiz.tsx, preloadViews).
 */
export function registerCommonViews(): void {
  registerView('choice', ChoiceView);
  registerView('sorting', SortingView);
  registerLazyView('ordering', () => import('./OrderingView'));
  registerLazyView('scenario', () => import('./ScenarioView'));
  registerLazyView('reflection', () => import('./ReflectionView'));
}
