import { parse } from 'yaml';
import type { Band } from '../schemas/bands';
import { factsFileSchema, type Fact } from '../schemas/fact';
import type { Lang } from '../schemas/languages';
import type { Source } from '../schemas/source';
import { formatIssues } from './content-errors';

/** Every approved fact by id. */
export type FactIndex = ReadonlyMap<string, Fact>;

/** A facts file as read from disk. */
export interface FactsSource {
  /** Path from the project root, for messages. */
  file: string;
  /** The file's YAML text. */
  text: string;
}

/** Raised when the facts data is invalid; the message names each file, field and fix. */
export class FactsError extends Error {
  override name = 'FactsError';
}

/** Parses and validates the facts files; ids must be unique across files. Throws a FactsError listing every problem. */
export function loadFacts(sources: readonly FactsSource[]): FactIndex {
  const index = new Map<string, Fact>();
  const where = new Map<string, string>();
  const problems: string[] = [];
  for (const { file, text } of sources) {
    let data: unknown;
    try {
      data = parse(text);
    } catch (error) {
      problems.push(`${file}: not valid YAML: ${(error as Error).message.split('\n')[0]}`);
      continue;
    }
    const result = factsFileSchema.safeParse(data);
    if (!result.success) {
      problems.push(...formatIssues(file, result.error.issues, data));
      continue;
    }
    for (const fact of result.data) {
      const first = where.get(fact.id);
      if (first) problems.push(`${file}: fact id "${fact.id}" is already used in ${first}: give each fact its own id`);
      else {
        index.set(fact.id, fact);
        where.set(fact.id, file);
      }
    }
  }
  if (problems.length > 0) throw new FactsError(`The facts data has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  return index;
}

const TAG = /<Fact\s+id=["']([^"']*)["']\s*\/>/g;
const TOKEN = /\{fact:([^}\s]*)\}/g;

/** The ids a text uses, in order of first use: `<Fact id="…" />` in MDX, `{fact:…}` in YAML texts. */
export function factIdsIn(text: string): string[] {
  const ids = [...text.matchAll(TAG), ...text.matchAll(TOKEN)]
    .sort((a, b) => (a.index ?? 0) - (b.index ?? 0))
    .map((match) => match[1]!);
  return [...new Set(ids)];
}

/** A text without its fact tags and tokens (what an author wrote in their own words). */
export const withoutFacts = (text: string): string => text.replace(TAG, ' ').replace(TOKEN, ' ');

/** Replaces every `{fact:…}` token by the fact's words in `lang`. Unknown ids throw (the content checks report them first). */
export function expandFactTokens(text: string, lang: Lang, facts: FactIndex): string {
  return text.replace(TOKEN, (_, id: string) => {
    const fact = facts.get(id);
    if (!fact) throw new FactsError(`unknown fact "{fact:${id}}": use an id from src/data/facts/`);
    return fact.says[lang];
  });
}

/** Every string inside a value (object, list or text), with tokens expanded; other values are kept. */
export function expandFactsDeep<T>(value: T, lang: Lang, facts: FactIndex): T {
  if (typeof value === 'string') return expandFactTokens(value, lang, facts) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => expandFactsDeep(item, lang, facts)) as T;
  if (value instanceof Date || value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, expandFactsDeep(item, lang, facts)])) as T;
}

/** The sources of the facts given, each once, in order of first use. */
export function factSources(ids: readonly string[], facts: FactIndex): Source[] {
  const seen = new Set<string>();
  const sources: Source[] = [];
  for (const id of ids) {
    for (const source of facts.get(id)?.sources ?? []) {
      const key = source.url ?? `${source.publisher}|${source.title}`;
      if (seen.has(key)) continue;
      seen.add(key);
      sources.push(source);
    }
  }
  return sources;
}

const words = (text: string) => new Set(text.toLowerCase().match(/\p{L}{4,}/gu) ?? []);

/** Whether the pupil texts of `band` may state the fact. */
// Stryker disable next-line ConditionalExpression: the schema refuses bands on a teachers fact, so the bands test alone already refuses it.
export const allowedFor = (fact: Fact, band: Band): boolean => fact.audience === 'pupils' && (fact.bands ?? []).includes(band);

/**
 * The ids of the facts closest to a text (shared words with the fact's statement in `lang` and its
 * id), best first; with a band, only facts its pupil texts may state. Used to help authors.
 */
export function closestFacts(text: string, lang: Lang, facts: FactIndex, band?: Band, count = 3): string[] {
  const wanted = words(text);
  return [...facts.values()]
    .filter((fact) => band === undefined || allowedFor(fact, band))
    .map((fact) => {
      const own = words(`${fact.says[lang]} ${fact.id.replace(/-/g, ' ')}`);
      let shared = 0;
      for (const word of wanted) if (own.has(word)) shared += 1;
      return { id: fact.id, score: shared / Math.max(1, Math.sqrt(own.size)) };
    })
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .slice(0, count)
    .map((entry) => entry.id);
}

/** Where a text is read, for the rules on which facts it may use. */
export type FactReader = { audience: 'pupils'; band: Band } | { audience: 'teachers' };

/**
 * Problems with the facts a text uses: unknown ids (with the closest known ones), facts for
 * teachers in a pupil text, and facts not approved for the pupil's band.
 */
export function factUseProblems(file: string, text: string, reader: FactReader, lang: Lang, facts: FactIndex): string[] {
  const problems: string[] = [];
  for (const id of factIdsIn(text)) {
    const fact = facts.get(id);
    if (!fact) {
      const near = closestFacts(id.replace(/-/g, ' '), lang, facts, reader.audience === 'pupils' ? reader.band : undefined);
      problems.push(
        `${file}: unknown fact "${id}": use an id from src/data/facts/${near.length > 0 ? ` (closest: ${near.join(', ')})` : ''}`,
      );
      continue;
    }
    if (reader.audience === 'pupils' && fact.audience === 'teachers') {
      problems.push(`${file}: fact "${id}" is for teachers only (FACTS.md "Teacher note"): move it to the teacher notes`);
    } else if (reader.audience === 'pupils' && !allowedFor(fact, reader.band)) {
      problems.push(
        // Stryker disable next-line ArrayDeclaration: only pupils facts reach here, and the schema requires bands on them.
        `${file}: fact "${id}" is approved for ages ${(fact.bands ?? []).join(', ')}, not ${reader.band}: use a fact approved for ${reader.band} or leave it out`,
      );
    }
  }
  return problems;
}
