import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';

/** Moves `id` to `toPosition` (clamped) in the ordered ids and writes positions 0..n-1. */
export async function reorder(
  db: Kysely<DB>,
  table: 'loop_rounds' | 'kit_items',
  ids: string[],
  now: string,
  move?: { id: string; toPosition: number },
): Promise<void> {
  const order = [...ids];
  if (move) {
    const from = order.indexOf(move.id);
    if (from >= 0) {
      order.splice(from, 1);
      order.splice(Math.min(move.toPosition, order.length), 0, move.id);
    }
  }
  for (const [position, id] of order.entries()) {
    await db
      .updateTable(table)
      .set({ position, updated_at: now })
      .where('id', '=', id)
      .where('position', '!=', position)
      .execute();
  }
}
