import rawSequence from './sequence.json';
import { sequenceSchema, type Sequence } from '../schemas/sequence';

/**
 * The suggested order of the lessons of each band (`src/data/sequence.json`), validated. A lesson
 * the file does not list still shows, after the listed ones; `tests/unit/sequence.test.ts` makes
 * sure every lesson of the site is listed exactly once.
 */
export const sequence: Sequence = sequenceSchema.parse(rawSequence);
