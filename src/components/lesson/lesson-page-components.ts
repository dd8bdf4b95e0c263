import { lessonComponents } from '../mdx';
import ListenRemember from './ListenRemember.astro';
import ListenScenario from './ListenScenario.astro';
import SectionHeading from './SectionHeading.astro';

/**
 * The blocks of a pupil lesson (see lessons/README.md) as the pupil's lesson page draws them: each
 * `##` section, story and "Remember" with its Listen control. Apart from `lessonComponents`, so
 * that the pages that draw the plain blocks (projector, teacher notes) never ship read-aloud CSS.
 */
export const lessonPageComponents = {
  ...lessonComponents,
  Scenario: ListenScenario,
  Remember: ListenRemember,
  h2: SectionHeading,
};
