import { z } from 'astro/zod';
import { bandSchema } from './bands';
import { slug, text } from './fields';
import { localizedTextSchema } from './languages';
import { sourceSchema } from './source';

/** Statuses a fact may have in FACTS.md and still be stated (UNVERIFIED facts never enter the data). */
export const FACT_STATUSES = ['VERIFIED', 'PARTLY'] as const;

/**
 * One approved statement: a legal or numeric fact in the plain words of FACTS.md ("what lessons
 * may say"), in every language, with its sources. Lessons render it with `<Fact id="…" />`; quiz
 * texts and teacher-notes fields with the token `{fact:…}`.
 */
export const factSchema = z
  .object({
    /** Identifier used by `<Fact id="…" />` and `{fact:…}`; unique across every facts file. */
    id: slug('id'),
    /** The FACTS.md row it comes from ("§1 Sexual majority", "M15"), for reviewers. */
    ref: text('ref', '"§1 Sexual majority"'),
    /** Status in FACTS.md. A PARTLY fact states only the part FACTS.md says is sure. */
    status: z.string().superRefine((value, ctx) => {
      if ((FACT_STATUSES as readonly string[]).includes(value)) return;
      ctx.addIssue({
        code: 'custom',
        message:
          value === 'UNVERIFIED'
            ? 'an UNVERIFIED fact can never be stated (FACTS.md, "Rules"): remove this entry and say what FACTS.md says instead'
            : `"status" must be "VERIFIED" or "PARTLY", as FACTS.md gives it (found ${JSON.stringify(value)})`,
      });
    }),
    /** For a PARTLY fact: which part is sure and is stated (required then). */
    statusNote: z.string().trim().min(1).optional(),
    /**
     * `pupils`: may appear in the pupil lessons and quizzes of `bands`, and in any teacher notes.
     * `teachers`: teacher notes and parent letters only (FACTS.md "Teacher note").
     */
    audience: z.enum(['pupils', 'teachers'], { error: '"audience" must be "pupils" or "teachers"' }),
    /** For `pupils` facts: the bands whose pupil texts may state it. */
    bands: z.array(bandSchema).min(1).optional(),
    /** The statement, in every language (English: FACTS.md's plain words, verbatim). */
    says: localizedTextSchema,
    /** Where the fact was found (FACTS.md's source column). */
    sources: z.array(sourceSchema).min(1, { error: '"sources" needs at least one source from FACTS.md' }),
  })
  .superRefine((fact, ctx) => {
    if (fact.status === 'PARTLY' && !fact.statusNote) {
      ctx.addIssue({
        code: 'custom',
        path: ['statusNote'],
        message: 'a PARTLY fact needs "statusNote": say which part FACTS.md gives as sure (only that part may be stated)',
      });
    }
    if (fact.audience === 'pupils' && !fact.bands) {
      ctx.addIssue({
        code: 'custom',
        path: ['bands'],
        message: 'a fact for pupils needs "bands": the age bands whose lessons may state it, e.g. bands: ["12-14", "15-18"]',
      });
    }
    if (fact.audience === 'teachers' && fact.bands) {
      ctx.addIssue({
        code: 'custom',
        path: ['bands'],
        message:
          'a fact for teachers has no "bands" (it may appear in any teacher notes): remove "bands" or set audience: pupils',
      });
    }
  });

/** A facts file: `src/data/facts/<topic>.yaml`, a list of facts. */
export const factsFileSchema = z.array(factSchema, { error: 'a facts file must be a list of facts ("- id: …")' });

/** A validated fact. */
export type Fact = z.infer<typeof factSchema>;
