import { z } from 'zod';
import { AppError } from '../errors';

/**
 * A JSON column's text, parsed and checked against the shape the code reads. SQLite types the
 * column as TEXT only, so a value a damaged file or a hand edit left behind fails here, naming
 * the column, instead of as an undefined field deep in a screen.
 */
export function readJsonColumn<S extends z.ZodType>(schema: S, text: string, column: string): z.output<S> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw damagedColumn(column, 'it is not JSON');
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success)
    throw damagedColumn(column, z.prettifyError(parsed.error).split('\n')[0] ?? 'wrong shape');
  return parsed.data;
}

const stringList = z.array(z.string());
const stringRecord = z.record(z.string(), z.string());

/** The most common JSON column: a list of strings (tags, probes, focus attributes…). */
export const readStringList = (text: string, column: string): string[] =>
  readJsonColumn(stringList, text, column);

/** A map of names to labels (a round's focus labels). */
export const readStringRecord = (text: string, column: string): Record<string, string> =>
  readJsonColumn(stringRecord, text, column);

function damagedColumn(column: string, detail: string): AppError {
  return new AppError(
    'db_corrupt',
    `A stored value in ${column} is damaged (${detail}). Nothing was changed. ` +
      'A backup taken before the damage has it whole: restore one from Settings, Backups.',
  );
}
