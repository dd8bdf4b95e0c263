import { z } from 'astro/zod';
import { REGIONS } from './helplines';
import { LANGUAGES } from './languages';

const list = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');

/**
 * The school's configuration: everything that depends on where the site is hosted.
 * Set it in `balise.config.json` or with `BALISE_*` environment variables (see README).
 * Every field has a default, so `npm start` works with no configuration.
 */
export const schoolConfigSchema = z
  .object({
    /** Full address where the site is served, without the sub-path. Default: http://localhost:4321. */
    site: z.url({ error: 'must be a full address such as "https://school.example"' }).default('http://localhost:4321'),
    /** Sub-path the site lives under, starting and ending with "/". Default: "/". */
    base: z
      .string()
      .regex(/^\/([A-Za-z0-9._~-]+\/)*$/, {
        error: 'must start and end with "/" and contain only letters, digits, ".", "_", "~", "-", e.g. "/balise/"',
      })
      .default('/'),
    /** Languages to publish, the first being the default. Default: all complete languages. */
    languages: z
      .array(z.enum(LANGUAGES, { error: `must be one of ${list(LANGUAGES)}` }))
      .min(1, { error: `needs at least one of ${list(LANGUAGES)}` })
      .refine((langs) => new Set(langs).size === langs.length, { error: 'lists a language twice' })
      .default([...LANGUAGES]),
    /** Region whose helplines the help card shows. Default: "brussels" (French and Dutch services). */
    helpRegion: z.enum(REGIONS, { error: `must be one of ${list(REGIONS)}` }).default('brussels'),
    /** Name of the school or organisation, shown in the footer. Default: none. */
    schoolName: z.string().trim().max(120, { error: 'must be at most 120 characters' }).default(''),
    /** Where the quick-exit button sends a pupil who must hide the page at once. Default: a weather search. */
    quickExitUrl: z
      .url({ protocol: /^https?$/, error: 'must be a full web address such as "https://www.google.com/search?q=weather"' })
      .default('https://www.google.com/search?q=weather'),
    /**
     * Origins allowed to show the pages in a frame (Smartschool, Microsoft Teams, Moodle), e.g.
     * "https://myschool.smartschool.be"; "https://*.example" allows every subdomain. Sets
     * `frame-ancestors` in the shipped headers. Default: none (framing refused).
     */
    embedOrigins: z
      .array(
        z.string().regex(/^https?:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?$/, {
          error: 'must list origins only (scheme and host, no path), such as "https://myschool.smartschool.be"',
        }),
      )
      .refine((origins) => new Set(origins).size === origins.length, { error: 'lists an origin twice' })
      .default([]),
    /** Ask search engines not to index the site (robots meta tag and robots.txt). Default: false. */
    noindex: z.boolean({ error: 'must be true or false' }).default(false),
  })
  .strict();

/** The validated school configuration. */
export type SchoolConfig = z.infer<typeof schoolConfigSchema>;
