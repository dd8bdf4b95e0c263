import type { Band } from '../schemas/bands';
import type { HelplinesFile, Helpline, Region } from '../schemas/helplines';
import { LANGUAGES, type Lang } from '../schemas/languages';
import { situationsFileSchema, type Situation } from '../schemas/situation';
import { formatIssues } from './content-errors';
import { allowedFor, closestFacts, type FactIndex } from './facts';
import { helpCard } from './helplines';

/** Raised when the situations data is invalid; the message names the file, each field and the fix. */
export class SituationsError extends Error {
  override name = 'SituationsError';
}

/** What the situations may refer to. */
export interface SituationRefs {
  facts: FactIndex;
  helplines: HelplinesFile;
  /** Ids of the lessons that exist in every language. */
  lessons: ReadonlySet<string>;
  pictures: ReadonlySet<string>;
}

/** The page is read by every pupil: its facts must be approved for the youngest band that reads about images and law. */
export const SITUATION_FACT_BAND: Band = '12-14';

/** Bands of the pupils the page speaks to (children and teenagers): a service for none of them is left out. */
export const SITUATION_SERVICE_BANDS: readonly Band[] = ['6-8', '9-11', '12-14'];

const PLACEHOLDER = /\{([^}]*)\}/g;
const placeholders = (text: string) => [...text.matchAll(PLACEHOLDER)].map((match) => match[1]!).sort();
const listed = (names: readonly string[]) => (names.length > 0 ? names.map((name) => `{${name}}`).join(', ') : 'no placeholder');

/** Texts of one situation with where they are, for the checks that read every text. */
export function situationTexts(situation: Situation): Array<{ field: string; text: Record<Lang, string> }> {
  return [
    { field: 'title', text: situation.title },
    { field: 'calm', text: situation.calm },
    ...situation.steps.map((text, index) => ({ field: `steps[${index}]`, text })),
    ...(situation.note ? [{ field: 'note', text: situation.note }] : []),
  ];
}

function referenceProblems(where: string, situation: Situation, refs: SituationRefs): string[] {
  const problems: string[] = [];
  const services = new Map(refs.helplines.helplines.map((line) => [line.id, line]));
  if (!refs.pictures.has(situation.picture))
    problems.push(`${where}.picture: unknown picture "${situation.picture}": use a name from src/data/pictures.ts`);
  for (const id of situation.facts) {
    const fact = refs.facts.get(id);
    if (!fact) {
      const near = closestFacts(id.replace(/-/g, ' '), 'en', refs.facts, SITUATION_FACT_BAND);
      problems.push(
        `${where}.facts: unknown fact "${id}": use an id from src/data/facts/${near.length > 0 ? ` (closest: ${near.join(', ')})` : ''}`,
      );
    } else if (!allowedFor(fact, SITUATION_FACT_BAND)) {
      problems.push(
        `${where}.facts: fact "${id}" is not approved for pupils aged ${SITUATION_FACT_BAND} (audience "${fact.audience}", bands ${(fact.bands ?? []).join(', ') || 'none'}): every pupil reads this page, use a fact approved for ${SITUATION_FACT_BAND}`,
      );
    }
  }
  for (const id of situation.services) {
    const line = services.get(id);
    if (!line) problems.push(`${where}.services: unknown service "${id}": use an id from src/data/helplines.json`);
    else if (line.emergency)
      problems.push(`${where}.services: "${id}" is an emergency number: the page always shows those, remove it here`);
  }
  for (const id of situation.lessons) {
    if (!refs.lessons.has(id))
      problems.push(`${where}.lessons: unknown lesson "${id}": use the id of a lesson in lessons/fr, lessons/nl and lessons/en`);
  }
  for (const { field, text } of situationTexts(situation)) {
    const expected = listed(placeholders(text.en));
    for (const lang of LANGUAGES) {
      const found = placeholders(text[lang]);
      if (found.some((name) => name !== 'centre'))
        problems.push(`${where}.${field}.${lang}: only {centre} may be used, found ${listed(found)}`);
      else if (listed(found) !== expected) {
        problems.push(
          `${where}.${field}.${lang}: uses ${listed(found)} but "en" uses ${expected}: every language must use the same placeholders`,
        );
      }
    }
  }
  return problems;
}

/**
 * Validates the situations file: its shape (zod), unique ids, and every fact, service, lesson and
 * picture it refers to. Throws a SituationsError listing every problem with its field and fix.
 */
export function loadSituations(file: string, data: unknown, refs: SituationRefs): Situation[] {
  const result = situationsFileSchema.safeParse(data);
  if (!result.success) {
    const problems = formatIssues(file, result.error.issues, data);
    throw new SituationsError(`The situations data has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  }
  const problems: string[] = [];
  const seen = new Set<string>();
  result.data.situations.forEach((situation, index) => {
    const where = `${file}: situations[${index}] (${situation.id})`;
    if (seen.has(situation.id)) problems.push(`${where}.id: "${situation.id}" is used twice: give each situation its own id`);
    seen.add(situation.id);
    problems.push(...referenceProblems(where, situation, refs));
  });
  if (problems.length > 0)
    throw new SituationsError(`The situations data has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  return result.data.situations;
}

/**
 * The services to show for a situation: those it names that the region has, in the region's order
 * (see `helpCard`), leaving out services meant only for older teenagers or adults.
 */
export function situationServices(situation: Situation, region: Region, lang: Lang, file?: HelplinesFile): Helpline[] {
  return helpCard(region, undefined, lang, file).services.filter(
    (line) => situation.services.includes(line.id) && line.bands.some((band) => SITUATION_SERVICE_BANDS.includes(band)),
  );
}

/** A situation text with the region's school support service filled in. */
export const withCentre = (text: string, centre: string): string => text.replace(/\{centre\}/g, centre);
