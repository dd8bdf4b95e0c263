import Background from './Background.astro';
import FollowUp from './FollowUp.astro';
import Nothing from './Nothing.astro';
import ParentNoteOnly from './ParentNoteOnly.astro';
import ParentNote from './ParentNote.astro';
import Remember from './Remember.astro';
import Safeguarding from './Safeguarding.astro';
import Scenario from './Scenario.astro';

/** Blocks authors use in pupil lessons, without importing them (see lessons/README.md). */
export const lessonComponents = { Scenario, Remember };

/** Blocks authors use in teacher notes. */
export const notesComponents = { Background, Safeguarding, FollowUp, ParentNote };

/** The teacher notes reduced to the note for parents (the parent-note page). */
export const parentNoteComponents = { Background: Nothing, Safeguarding: Nothing, FollowUp: Nothing, ParentNote: ParentNoteOnly };
