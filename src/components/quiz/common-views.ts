import ChoiceView from './ChoiceView';
import SortingView from './SortingView';
import { registerLazyView, registerView } from './views';

/**
 * Registers the question views in the page's quiz script. Choice and sorting open nearly every
 * quiz (30 of 32), so they come with it (apart, each would weigh more than it saves: see bench/);
 * the others are fetched by import() once the page is idle (Quiz.tsx, preloadViews), and only if
 * the quiz uses them, unless the quiz opens with one (QuizViewScripts.astro loads it with the page).
 */
export function registerCommonViews(): void {
  registerView('choice', ChoiceView);
  registerView('sorting', SortingView);
  registerLazyView('ordering', () => import('./OrderingView'));
  registerLazyView('scenario', () => import('./ScenarioView'));
  registerLazyView('reflection', () => import('./ReflectionView'));
}
