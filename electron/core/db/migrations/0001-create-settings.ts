import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';

// Frozen once released: later changes go in a new numbered migration.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.schema
      .createTable('meta')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull())
      .execute();
    await trx.schema
      .createTable('settings')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    // The install id names this database in exchange files, so imports know where rows came from.
    await trx
      .insertInto('meta' as never)
      .values({ key: 'install_id', value: randomUUID() } as never)
      .execute();
  });
}
