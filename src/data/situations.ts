import rawSituations from './situations.json' with { type: 'json' };
import { helplinesFile } from '../lib/helplines';
import { lessonIdsInEveryLanguage } from '../lib/lesson-files';
import { loadSituations } from '../lib/situations';
import type { Situation } from '../schemas/situation';
import { facts } from './facts';
import { pictureNames } from './pictures';

const lessonFiles = Object.keys(import.meta.glob('../../lessons/*/*.mdx'));

/** The situations of "Something happened? Start here", validated once: the build stops with a clear message if one is wrong. */
export const situations: Situation[] = loadSituations('src/data/situations.json', rawSituations, {
  facts,
  helplines: helplinesFile,
  lessons: lessonIdsInEveryLanguage(lessonFiles),
  pictures: pictureNames,
});
