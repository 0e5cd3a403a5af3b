import type { z } from 'zod';
import type { kitMeasuresInput, Loop } from '../../../shared/kits';
import type { CoreContext } from '../context';
import { readStringList } from '../db/json-column';
import { AppError } from '../errors';
import { itemRow, mutate, roundRow } from './loop-store';

/**
 * Links a kit question to the focus attributes of its round it measures (the whole set,
 * replacing the last). Only the round's focus attributes can be linked: they are what the
 * scorecard rates, and what coverage counts.
 */
export async function setKitMeasures(
  ctx: CoreContext,
  input: z.output<typeof kitMeasuresInput>,
): Promise<Loop> {
  return mutate(
    ctx,
    async (db) => (await itemRow(db, input.id)).role_id,
    async (db) => {
      const item = await itemRow(db, input.id);
      const focus = readStringList(
        (await roundRow(db, item.round_id)).focus_attributes,
        'loop_rounds.focus_attributes',
      );
      const stray = input.attributes.find((a) => !focus.includes(a));
      if (stray) {
        throw new AppError(
          'bad_input',
          `"${stray}" is not a focus attribute of this round; add it to the round's focus first.`,
        );
      }
      await db
        .updateTable('kit_items')
        .set({ measures: JSON.stringify(input.attributes), updated_at: ctx.clock().toISOString() })
        .where('id', '=', input.id)
        .execute();
    },
  );
}
