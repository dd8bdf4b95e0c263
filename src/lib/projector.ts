/**
 * Projector mode as a small state machine: which slide is shown, whether its hidden part (a
 * quiz answer) is revealed, and whether the screen is blanked, shows the calm help screen or the
 * overview of the slides.
 */
export interface ProjectorState {
  slide: number;
  revealed: boolean;
  screen: 'slides' | 'blank' | 'calm' | 'overview';
}

/** What the teacher can do (keys, clicks, buttons). */
export type ProjectorAction = 'next' | 'previous' | 'blank' | 'calm' | 'overview' | 'resume' | 'first' | 'last';

/** The deck: how many slides, and which of them hide an answer until revealed. */
export interface Deck {
  count: number;
  withReveal: ReadonlySet<number>;
}

export const startState: ProjectorState = { slide: 0, revealed: false, screen: 'slides' };

/**
 * The next state. "next" first reveals a slide's hidden answer, then moves on; "previous" goes
 * back a slide (answer hidden again). Blank, calm and overview toggle; any move while blanked,
 * calm or in the overview only brings the slides back, so a stray key never skips content.
 */
export function projectorStep(state: ProjectorState, action: ProjectorAction, deck: Deck): ProjectorState {
  if (action === 'blank' || action === 'calm' || action === 'overview') {
    return { ...state, screen: state.screen === action ? 'slides' : action };
  }
  if (state.screen !== 'slides') return { ...state, screen: 'slides' };
  const last = Math.max(0, deck.count - 1);
  switch (action) {
    case 'next':
      if (deck.withReveal.has(state.slide) && !state.revealed) return { ...state, revealed: true };
      return state.slide < last ? { ...state, slide: state.slide + 1, revealed: false } : state;
    case 'previous':
      return state.slide > 0 ? { ...state, slide: state.slide - 1, revealed: false } : { ...state, revealed: false };
    case 'first':
      return startState;
    case 'last':
      return { slide: last, revealed: false, screen: 'slides' };
    case 'resume':
      return state;
  }
}

/** The action of a key, or undefined for keys projector mode leaves alone. */
export function actionOfKey(key: string): ProjectorAction | undefined {
  const keys: Record<string, ProjectorAction> = {
    ArrowRight: 'next',
    ArrowDown: 'next',
    PageDown: 'next',
    ' ': 'next',
    Enter: 'next',
    ArrowLeft: 'previous',
    ArrowUp: 'previous',
    PageUp: 'previous',
    Home: 'first',
    End: 'last',
    b: 'blank',
    B: 'blank',
    '.': 'blank',
    h: 'calm',
    H: 'calm',
    o: 'overview',
    O: 'overview',
    Escape: 'resume',
  };
  return keys[key];
}

/** Shows slide `index` (from the overview), its answer hidden; an index out of the deck is ignored. */
export function goToSlide(state: ProjectorState, index: number, deck: Deck): ProjectorState {
  if (!Number.isInteger(index) || index < 0 || index >= deck.count) return state;
  return { slide: index, revealed: false, screen: 'slides' };
}
