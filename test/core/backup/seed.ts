import BetterSqlite3 from 'better-sqlite3';
import type { CoreContext } from '../../../electron/core/context';
import type { Interview } from '../../../shared/interviews';
import type { Scorecard } from '../../../shared/scorecards';
import { caller } from '../../support/core-caller';
import { startedInterview } from '../interviews/fixtures';

/**
 * Fills a core with what a recruiter's file holds: a role with its JD (and an exported
 * version), a loop with a kit, a candidate interviewed with notes and a submitted, revised
 * scorecard, a setting and a pay-data edit. Everything goes through the channels.
 */
export async function seedRecruiterData(ctx: CoreContext, candidateName = 'Amaru Quispe') {
  const { call } = caller(ctx);
  const setup = await startedInterview(ctx);
  await call('candidates.update', { id: setup.candidate.id, name: candidateName });
  const [first] = setup.interview.items as [Interview['items'][0]];
  await call('interviews.saveItem', {
    interviewId: setup.interview.id,
    itemId: first.id,
    rating: 3,
    evidence: 'Partitioned the ledger by month 🧾 and showed the plan',
    judgement: 'Solid; has done it',
    clientSeq: 1,
  });
  await call('interviews.end', { id: setup.interview.id, roundElapsedMs: 1_800_000 });
  const card = await call<Scorecard>('scorecards.forInterview', { interviewId: setup.interview.id });
  const ratings = card.attributeRatings.map((a) => ({ attribute: a.attribute, rating: 3 }));
  await call('scorecards.submit', {
    id: card.id,
    attributeRatings: ratings,
    recommendation: 'yes',
    summary: 'Good on data.',
  });
  await call('scorecards.revise', {
    id: card.id,
    attributeRatings: ratings,
    recommendation: 'strong-yes',
    summary: 'Better than first written.',
    reason: 'Talked it over with the panel',
  });
  await call('jd.forRole', { roleId: setup.role.id });
  await call('settings.set', { key: 'interviewerName', value: 'Dana Reyes' });
  return setup;
}

export type TableDump = Record<string, unknown[][]>;

/**
 * Every table of a file, row by row in a fixed order, read straight from SQLite (not through
 * the code under test): the data tables, and the full-text index's own rows.
 */
export function dumpDatabase(file: string): TableDump {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    const tables = db
      .prepare(
        "select name from sqlite_schema where type = 'table' and name not like 'sqlite_%' order by name",
      )
      .pluck()
      .all() as string[];
    const dump: TableDump = {};
    const virtual = db
      .prepare("select name from sqlite_schema where type = 'table' and sql like 'create virtual table%'")
      .pluck()
      .all() as string[];
    const shadow = (name: string) =>
      virtual.some((v) => new RegExp(`^${v}_(data|idx|content|docsize|config)$`).test(name));
    for (const name of tables) {
      if (shadow(name)) continue; // a full-text index's own tables: compared through the index below
      const isVirtual = /virtual/i.test(
        db.prepare('select sql from sqlite_schema where name = ?').pluck().get(name) as string,
      );
      const width = (db.pragma(`table_info("${name}")`) as unknown[]).length + (isVirtual ? 1 : 0);
      const order = Array.from({ length: width }, (_, i) => i + 1).join(', '); // every column: a total order
      dump[name] = db
        .prepare(`select ${isVirtual ? 'rowid, *' : '*'} from "${name}" order by ${order}`)
        .raw(true)
        .all() as unknown[][];
    }
    dump.__schema = db
      .prepare('select type, name, sql from sqlite_schema order by name')
      .raw(true)
      .all() as unknown[][];
    dump.__user_version = [[db.pragma('user_version', { simple: true })]];
    return dump;
  } finally {
    db.close();
  }
}
