import { z } from 'astro/zod';
import { text } from './fields';

/** A source of a fact (FACTS.md's source column): a page or document that says it. */
export const sourceSchema = z.object({
  /** Title of the document or page. */
  title: text('sources[].title', '"Open letter on the lockdown"'),
  /** Who published it (organisation, authority or site). */
  publisher: text('sources[].publisher', 'Child Focus'),
  /** Year of publication. */
  year: z.number({ error: '"sources[].year" must be a year, e.g. year: 2020' }).int().min(1990).max(2100),
  /** Address of the document, if it is online. */
  url: z.url({ error: '"sources[].url" must be a full address starting with https://' }).optional(),
});

/** A validated source. */
export type Source = z.infer<typeof sourceSchema>;
