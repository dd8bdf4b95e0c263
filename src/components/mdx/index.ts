import Background from './Background.astro';
import Fact from './Fact.astro';
import FollowUp from './FollowUp.astro';
import Nothing from './Nothing.astro';
import Picture from './Picture.astro';
import LetterAfter from './LetterAfter.astro';
import LetterBefore from './LetterBefore.astro';
import ParentLetter from './ParentLetter.astro';
import ParentNote from './ParentNote.astro';
import Remember from './Remember.astro';
import Safeguarding from './Safeguarding.astro';
import Scenario from './Scenario.astro';

/** Blocks authors use in pupil lessons, without importing them (see lessons/README.md). */
export const lessonComponents = { Scenario, Remember, Fact, Picture };

/** Blocks authors use in teacher notes. */
export const notesComponents = { Background, Safeguarding, FollowUp, ParentLetter, ParentNote, Fact };

/** The teacher notes reduced to the letters to parents, before and after the lesson (the parents page). */
export const parentNoteComponents = {
  Background: Nothing,
  Safeguarding: Nothing,
  FollowUp: Nothing,
  ParentLetter: LetterBefore,
  ParentNote: LetterAfter,
  Fact,
};
