import { z } from 'astro/zod';
import { BANDS, bandSchema, type Band } from './bands';
import { localizedTextSchema } from './languages';

/** The regions a help card can be made for (school configuration `helpRegion`). */
export const REGIONS = ['wallonia', 'brussels', 'flanders', 'german-speaking'] as const;

/** A help-card region. */
export type Region = (typeof REGIONS)[number];

/** How many services (emergency numbers aside) the youngest pupils' card may show (content guide: a short card). */
export const YOUNGEST_CARD_MAX = 3;

/**
 * When a service answers. `always`: day and night, every day (only where FACTS.md verifies it);
 * `website`: "opening hours on their website" (hours not verified); `online`: a web tool or form.
 */
export const HOURS = ['always', 'website', 'online'] as const;

/** One helpline or help service. Numbers, addresses and hours come from FACTS.md table 2 only. */
export const helplineSchema = z
  .object({
    /** Identifier used by the regions lists. */
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** Name as the service writes it. */
    name: z.string().min(1),
    /** Phone number as dialled in Belgium, digits and spaces only. */
    phone: z
      .string()
      .regex(/^\d[\d ]*\d$/, { error: 'phone must be digits and spaces, e.g. "116 000"' })
      .optional(),
    /** Web address of the service. */
    web: z.url().optional(),
    /** Address of its chat, where it has one. */
    chat: z.url().optional(),
    /** When it answers: see HOURS. */
    hours: z.enum(HOURS, { error: `"hours" must be one of ${HOURS.map((h) => `"${h}"`).join(', ')}` }),
    /** Languages it answers in (`de` for German), when it serves one language community; pages in that language list it first. */
    languages: z.array(z.enum(['fr', 'nl', 'en', 'de'])).optional(),
    /** Age bands whose help card shows it. */
    bands: z.array(bandSchema).min(1),
    /** For adults only (18+): labelled so, and shown to 15-18 only. */
    adultsOnly: z.boolean().default(false),
    /** What the service is for, in every language (and German, `de`, for a German-speaking service). */
    description: localizedTextSchema.extend({ de: z.string().trim().min(1).optional() }),
    /** A shorter, simpler description for the youngest pupils (6-8); the description otherwise. */
    young: localizedTextSchema.optional(),
    /** True for emergency numbers (shown last, set apart). */
    emergency: z.boolean().default(false),
  })
  .refine((line) => line.phone !== undefined || line.web !== undefined || line.chat !== undefined, {
    error: 'a helpline needs a phone number, a web address or a chat address',
  })
  .refine((line) => !line.adultsOnly || line.bands.every((band) => band === '15-18'), {
    path: ['bands'],
    error: 'a service for adults only may be shown to ages 15-18 only: set bands: ["15-18"]',
  });

/** A region's help: its services in the order its cards show them, and the school support service's name. */
export const regionSchema = z.object({
  /** The school's psycho-medical-social service: PMS centre, CLB, or Kaleido in the German-speaking Community. */
  schoolSupport: localizedTextSchema,
  /** Helpline ids, in order: the children's line and Child Focus first. */
  services: z.array(z.string()).min(1),
});

/** The helplines data file: every service once, and each region's services in order. */
export const helplinesFileSchema = z
  .object({
    helplines: z.array(helplineSchema).min(1),
    regions: z.object(Object.fromEntries(REGIONS.map((r) => [r, regionSchema])) as Record<Region, typeof regionSchema>),
  })
  .superRefine((file, ctx) => {
    const byId = new Map(file.helplines.map((line) => [line.id, line]));
    for (const region of REGIONS) {
      const services = file.regions[region].services;
      services.forEach((id, index) => {
        if (!byId.has(id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['regions', region, 'services', index],
            message: `unknown helpline "${id}": add it to "helplines" or remove it`,
          });
        }
      });
      const shownTo = (band: Band) => services.map((id) => byId.get(id)).filter((line) => line?.bands.includes(band));
      const youngest = shownTo(BANDS[0]);
      const ordinary = youngest.filter((line) => !line?.emergency).length;
      if (ordinary > YOUNGEST_CARD_MAX) {
        ctx.addIssue({
          code: 'custom',
          path: ['regions', region, 'services'],
          message: `the ${BANDS[0]} card of ${region} shows ${ordinary} services: keep it short (at most ${YOUNGEST_CARD_MAX}: the children's line, Child Focus) by narrowing "bands"`,
        });
      }
      for (const band of BANDS) {
        const ids = shownTo(band).map((line) => line?.id);
        for (const needed of ['child-focus', 'emergency']) {
          if (!ids.includes(needed)) {
            ctx.addIssue({
              code: 'custom',
              path: ['regions', region, 'services'],
              message: `the ${band} card of ${region} lacks "${needed}": every card shows Child Focus and 112`,
            });
          }
        }
      }
    }
  });

/** A validated helpline. */
export type Helpline = z.infer<typeof helplineSchema>;
/** The validated helplines file. */
export type HelplinesFile = z.infer<typeof helplinesFileSchema>;
