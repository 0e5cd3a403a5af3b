import { z } from 'zod';
import { levels } from '../../questions';
import { roleArchetypes } from '../../roles';
import { isoDate } from './iso-date';

/**
 * The comp dataset: every pay figure the advisor and the settings screen show, each
 * row with the source it came from, the year it describes and the date it was last updated.
 * The shipped copy is resources/data/comp/comp-data.json; a user's edits are stored in the
 * database and laid over it by the core (electron/core/comp).
 */

export const COMP_DATA_VERSION = 1;

export { isoDate };

const rowId = z
  .string()
  .max(80, 'A row id is at most 80 characters.')
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'A row id is lower-case words joined by hyphens.');

const label = z.string().trim().min(1, 'A label is needed.').max(200);
const note = z.string().max(600).default('');

export const compYear = z
  .number()
  .int('The year is a whole number.')
  .min(1990, 'A year before 1990 is too old for pay data.')
  .max(2100, 'A year after 2100 looks like a typo.');

/** Annual salary in whole U.S. dollars, within what a backend developer could plausibly earn. */
export const SALARY_LIMITS = { min: 10_000, max: 2_000_000 } as const;
const salary = z
  .number()
  .int('Enter whole dollars.')
  .min(SALARY_LIMITS.min, 'A yearly salary under $10,000 looks like a typo (figures are dollars a year).')
  .max(SALARY_LIMITS.max, 'A yearly salary above $2,000,000 looks like a typo.');

const days = z
  .number()
  .int('Enter whole days.')
  .min(1, 'A number of days is at least 1.')
  .max(365, 'More than a year of days looks like a typo.');

/** Units of the figures that are not salaries, with the values each may plausibly take. */
export const figureUnits = ['usd', 'percent', 'days', 'count', 'multiple'] as const;
export type FigureUnit = (typeof figureUnits)[number];
const UNIT_LIMITS: Record<FigureUnit, { min: number; max: number; what: string }> = {
  usd: { min: 0, max: 2_000_000, what: 'a dollar amount' },
  percent: { min: -50, max: 200, what: 'a percentage' },
  days: { min: 0, max: 365, what: 'a number of days' },
  count: { min: 0, max: 100_000_000, what: 'a count' },
  multiple: { min: 0, max: 20, what: 'a multiple' },
};

function checkUnit(unit: FigureUnit, value: number, field: string, ctx: z.RefinementCtx): void {
  const { min, max, what } = UNIT_LIMITS[unit];
  if (value < min || value > max)
    ctx.addIssue({
      code: 'custom',
      path: [field],
      message: `${value} is not plausible as ${what} (expected ${min} to ${max}).`,
    });
}

const rangeInOrder = <T extends { min: number | null; max: number | null }>(row: T) =>
  row.min === null || row.max === null || row.min <= row.max;
const RANGE_ORDER = { message: 'The minimum is above the maximum.', path: ['min'] };

/** What every row carries, whatever its table. */
const rowMeta = {
  id: rowId,
  label,
  note,
  sourceId: rowId,
  year: compYear,
  updated: isoDate,
  /** Set by the core on the merged dataset: true when the user edited this row. */
  edited: z.boolean().optional(),
  /** Set by the core on edited rows: the shipped figures, year and date, for "was ..." hints. */
  shipped: z.record(z.string(), z.union([z.number(), z.string(), z.null()])).optional(),
};

export const compSource = z
  .object({
    id: rowId,
    label,
    publisher: label,
    year: compYear,
    updated: isoDate,
    note,
  })
  .strict();

/** Archetype x level band (25th-75th percentile base pay), or a coastal or multi-level variant. */
export const compBand = z
  .object({
    ...rowMeta,
    archetype: z.enum(roleArchetypes),
    levels: z.array(z.enum(levels)).min(1),
    /** base: the national band; coastal: the band the source quotes for coastal metros; span: a note. */
    variant: z.enum(['base', 'coastal', 'span']),
    min: salary,
    max: salary,
  })
  .strict()
  .refine(rangeInOrder, RANGE_ORDER);

const stateCode = z.string().regex(/^[A-Z]{2}$/, 'A state code is two capital letters.');
const alias = z.string().min(1).max(60);

/**
 * A metro as a recruiter may type it: its name, the cities and nicknames that stand for it,
 * and the states it spans. The one list the coastal premium, the BLS metros and the JD guide's
 * metro rows all read, so a city that gets one gets the others. Not a figure: no source.
 */
export const compPlace = z
  .object({
    id: rowId,
    name: label,
    /** Two-letter codes; a city name counts only when the role gives no state or one of these. */
    states: z.array(stateCode).min(1),
    aliases: z.array(alias).min(1),
  })
  .strict();

/** A coastal metro of the coastal premium, by the places it covers. */
export const compMetro = z.object({ name: label, places: z.array(rowId).min(1) }).strict();

/** A premium or discount: percent applies to each end of a band, usd is added to each end. */
export const compModifier = z
  .object({
    ...rowMeta,
    unit: z.enum(['percent', 'usd']),
    /** applied: part of the derivation; comparison: shown beside it; reference: shown in settings only. */
    use: z.enum(['applied', 'comparison', 'reference']),
    min: z.number(),
    max: z.number(),
    metros: z.array(compMetro).optional(),
  })
  .strict()
  .refine(rangeInOrder, RANGE_ORDER)
  .superRefine((row, ctx) => {
    const limits = row.unit === 'percent' ? 'percent' : 'usd';
    checkUnit(limits, row.min, 'min', ctx);
    checkUnit(limits, row.max, 'max', ctx);
  });

export const compBenchmark = z
  .object({
    ...rowMeta,
    /** typical: the median or average the source reports; total-comp: base plus bonus and equity. */
    stat: z.enum(['typical', 'average', 'total-comp', 'range']),
    scope: z.enum(['generic-posting', 'national-average']),
    value: salary.nullable(),
    min: salary.nullable(),
    max: salary.nullable(),
  })
  .strict()
  .refine(rangeInOrder, RANGE_ORDER)
  .refine((b) => (b.stat === 'range' ? b.min !== null && b.max !== null : b.value !== null), {
    message: 'A range needs a minimum and a maximum; any other benchmark needs its value.',
    path: ['value'],
  });

export const compBlsPercentile = z
  .object({
    ...rowMeta,
    percentile: z.union([z.literal(10), z.literal(25), z.literal(50), z.literal(75), z.literal(90)]),
    annual: salary,
    hourly: z
      .number()
      .min(5, 'An hourly wage under $5 looks like a typo.')
      .max(1000, 'An hourly wage above $1,000 looks like a typo.'),
  })
  .strict();

export const compBlsState = z
  .object({
    ...rowMeta,
    state: label,
    code: stateCode,
    annual: salary,
  })
  .strict();

export const compBlsMetro = z.object({ ...rowMeta, metro: label, place: rowId, annual: salary }).strict();

export const compLevelRange = z
  .object({
    ...rowMeta,
    guide: z.enum(['hiring-guide', 'jd-guide']),
    level: z.enum(levels),
    years: z.string().max(20),
    min: salary,
    max: salary,
    median: salary.nullable(),
    /** True when the source gives the top as "and above". */
    openEnded: z.boolean(),
  })
  .strict()
  .refine(rangeInOrder, RANGE_ORDER)
  .refine((r) => r.median === null || (r.median >= r.min && r.median <= r.max), {
    message: 'The median must sit between the minimum and the maximum.',
    path: ['median'],
  });

export const compMetroLevelRange = z
  .object({
    ...rowMeta,
    metro: label,
    /** The places the row covers; none for the remote row. */
    places: z.array(rowId),
    remote: z.boolean(),
    level: z.enum(['junior', 'mid', 'senior']),
    min: salary,
    max: salary,
  })
  .strict()
  .refine(rangeInOrder, RANGE_ORDER)
  .refine((r) => r.remote || r.places.length > 0, {
    message: 'A metro row names at least one place.',
    path: ['places'],
  });

export const compTimeToFill = z
  .object({ ...rowMeta, minDays: days, maxDays: days })
  .strict()
  .refine((t) => t.minDays <= t.maxDays, {
    message: 'The shortest time is above the longest.',
    path: ['minDays'],
  });

/** Other figures of the domain file: cost of a hire, ramp, total compensation, labour market. */
export const compFigure = z
  .object({ ...rowMeta, unit: z.enum(figureUnits), min: z.number(), max: z.number() })
  .strict()
  .refine(rangeInOrder, RANGE_ORDER)
  .superRefine((row, ctx) => {
    checkUnit(row.unit, row.min, 'min', ctx);
    checkUnit(row.unit, row.max, 'max', ctx);
  });

/** The tables of the dataset whose rows carry figures, each with the fields a user may edit. */
export const compTables = {
  bands: { row: compBand, fields: ['min', 'max'] },
  modifiers: { row: compModifier, fields: ['min', 'max'] },
  benchmarks: { row: compBenchmark, fields: ['value', 'min', 'max'] },
  blsPercentiles: { row: compBlsPercentile, fields: ['annual', 'hourly'] },
  blsStates: { row: compBlsState, fields: ['annual'] },
  blsMetros: { row: compBlsMetro, fields: ['annual'] },
  levelRanges: { row: compLevelRange, fields: ['min', 'max', 'median'] },
  metroLevelRanges: { row: compMetroLevelRange, fields: ['min', 'max'] },
  timeToFill: { row: compTimeToFill, fields: ['minDays', 'maxDays'] },
  figures: { row: compFigure, fields: ['min', 'max'] },
} as const;

export type CompTableName = keyof typeof compTables;
export const compTableNames = Object.keys(compTables) as CompTableName[];

export const compData = z
  .object({
    version: z.literal(COMP_DATA_VERSION),
    sources: z.array(compSource).min(1),
    places: z.array(compPlace).min(1),
    bands: z.array(compBand),
    modifiers: z.array(compModifier),
    benchmarks: z.array(compBenchmark),
    blsPercentiles: z.array(compBlsPercentile),
    blsStates: z.array(compBlsState),
    blsMetros: z.array(compBlsMetro),
    levelRanges: z.array(compLevelRange),
    metroLevelRanges: z.array(compMetroLevelRange),
    timeToFill: z.array(compTimeToFill),
    figures: z.array(compFigure),
  })
  .strict()
  .superRefine((data, ctx) => {
    const sourceIds = new Set(data.sources.map((s) => s.id));
    const seen = new Set<string>();
    for (const table of compTableNames) {
      data[table].forEach((row, index) => {
        if (seen.has(row.id))
          ctx.addIssue({
            code: 'custom',
            path: [table, index, 'id'],
            message: `Row id ${row.id} is used twice.`,
          });
        seen.add(row.id);
        if (!sourceIds.has(row.sourceId))
          ctx.addIssue({
            code: 'custom',
            path: [table, index, 'sourceId'],
            message: `Row ${row.id} names a source (${row.sourceId}) that is not in the sources table.`,
          });
      });
    }
    const placeIds = new Set<string>();
    data.places.forEach((place, index) => {
      if (placeIds.has(place.id))
        ctx.addIssue({
          code: 'custom',
          path: ['places', index, 'id'],
          message: `Place ${place.id} is listed twice.`,
        });
      placeIds.add(place.id);
    });
    const checkPlaces = (ids: string[], rowId: string, path: (string | number)[]) => {
      for (const id of ids)
        if (!placeIds.has(id))
          ctx.addIssue({
            code: 'custom',
            path,
            message: `Row ${rowId} names a place (${id}) that is not in the places list.`,
          });
    };
    for (const [i, m] of data.blsMetros.entries()) checkPlaces([m.place], m.id, ['blsMetros', i, 'place']);
    for (const [i, r] of data.metroLevelRanges.entries())
      checkPlaces(r.places, r.id, ['metroLevelRanges', i, 'places']);
    for (const [i, m] of data.modifiers.entries())
      for (const [j, metro] of (m.metros ?? []).entries())
        checkPlaces(metro.places, m.id, ['modifiers', i, 'metros', j, 'places']);
  });

export type CompData = z.infer<typeof compData>;
export type CompSource = z.infer<typeof compSource>;
export type CompPlace = z.infer<typeof compPlace>;
export type CompBand = z.infer<typeof compBand>;
export type CompModifier = z.infer<typeof compModifier>;
export type CompBenchmark = z.infer<typeof compBenchmark>;
export type CompBlsPercentile = z.infer<typeof compBlsPercentile>;
export type CompBlsState = z.infer<typeof compBlsState>;
export type CompBlsMetro = z.infer<typeof compBlsMetro>;
export type CompLevelRange = z.infer<typeof compLevelRange>;
export type CompMetroLevelRange = z.infer<typeof compMetroLevelRange>;
export type CompTimeToFill = z.infer<typeof compTimeToFill>;
export type CompFigure = z.infer<typeof compFigure>;
/** Any row of a figure table. */
export type CompRow = CompData[CompTableName][number];

/** Finds a row by id in any figure table. */
export function findCompRow(
  data: CompData,
  id: string,
): { table: CompTableName; index: number; row: CompRow } | null {
  for (const table of compTableNames) {
    const index = (data[table] as CompRow[]).findIndex((row) => row.id === id);
    if (index >= 0) return { table, index, row: data[table][index] as CompRow };
  }
  return null;
}
