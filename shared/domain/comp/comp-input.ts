import { z } from 'zod';
import { roleSpec } from '../../roles';
import { compYear, isoDate } from './comp-data';

/**
 * Channel inputs of the comp area (shared/api.ts): what the advisor reads, and the edits a
 * user makes to the comp data in settings.
 */

/** A CompInput (see advice.ts); fields left out default to empty, as on a new intake. */
export const compInputSchema = roleSpec
  .pick({
    archetype: true,
    level: true,
    engagement: true,
    industry: true,
    workMode: true,
    city: true,
    state: true,
    metro: true,
    pay: true,
  })
  .extend({
    archetype: roleSpec.shape.archetype.default(null),
    level: roleSpec.shape.level.default(null),
    engagement: roleSpec.shape.engagement.default(null),
    industry: roleSpec.shape.industry.default(null),
    workMode: roleSpec.shape.workMode.default(null),
    city: roleSpec.shape.city.default(''),
    state: roleSpec.shape.state.default(''),
    metro: roleSpec.shape.metro.default(''),
    pay: roleSpec.shape.pay.default({ min: null, max: null, currency: 'USD' }),
    specialty: z.boolean().optional(),
  })
  .strict();

const rowId = z
  .string()
  .min(1, 'Name the row to change.')
  .max(80, 'That is not a comp data row.')
  .regex(/^[a-z0-9-]+$/, 'That is not a comp data row.');

/** One row's new figures (only the fields that change), and optionally its year and date. */
export const compRowEdit = z
  .object({
    id: rowId,
    values: z
      .record(z.string().max(20), z.number('Enter a number.').finite('Enter a number.').nullable())
      .default({}),
    year: compYear.optional(),
    /** When the figure was checked; today when left out. */
    updated: isoDate.optional(),
  })
  .strict();
export type CompRowEdit = z.infer<typeof compRowEdit>;

export const compReset = z.discriminatedUnion('scope', [
  z.object({ scope: z.literal('row'), id: rowId }).strict(),
  z.object({ scope: z.literal('all') }).strict(),
]);
export type CompReset = z.infer<typeof compReset>;
