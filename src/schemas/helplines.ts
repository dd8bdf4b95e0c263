import { z } from 'astro/zod';
import { localizedTextSchema } from './languages';

/** The regions a help card can be made for (school configuration `helpRegion`). */
export const REGIONS = ['wallonia', 'brussels', 'flanders', 'german-speaking'] as const;

/** A help-card region. */
export type Region = (typeof REGIONS)[number];

/** One helpline or help service. Numbers and addresses come from the content guide's checked table only. */
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
    /** Web address (chat or report form). */
    web: z.url().optional(),
    /** What the service is for, in every language. */
    description: localizedTextSchema,
    /** True for emergency numbers (shown last, set apart). */
    emergency: z.boolean().default(false),
  })
  .refine((line) => line.phone !== undefined || line.web !== undefined, {
    error: 'a helpline needs a phone number or a web address',
  });

/** The helplines data file: every service once, and the ordered list of services per region. */
export const helplinesFileSchema = z
  .object({
    helplines: z.array(helplineSchema).min(1),
    regions: z.object(
      Object.fromEntries(REGIONS.map((r) => [r, z.array(z.string()).min(1)])) as Record<Region, z.ZodArray<z.ZodString>>,
    ),
  })
  .superRefine((file, ctx) => {
    const ids = new Set(file.helplines.map((line) => line.id));
    for (const region of REGIONS) {
      for (const id of file.regions[region]) {
        if (!ids.has(id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['regions', region],
            message: `unknown helpline "${id}": add it to "helplines" or remove it`,
          });
        }
      }
    }
  });

/** A validated helpline. */
export type Helpline = z.infer<typeof helplineSchema>;
/** The validated helplines file. */
export type HelplinesFile = z.infer<typeof helplinesFileSchema>;
