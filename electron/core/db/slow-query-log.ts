import fs from 'node:fs';

/** Queries slower than this are worth a line in the debug log. */
export const SLOW_QUERY_MS = 40;

/** Characters of SQL kept per line: a 500-row insert would otherwise write 100 KB of placeholders. */
const SQL_SHOWN = 300;

/**
 * Notes a slow query in the debug log: the file named by `REQDESK_DEBUG_LOG`, and nowhere when
 * it is unset (the default). It never goes to stderr, which belongs to the CLI's own messages
 * and the bench's figures. A log file that cannot be written is skipped, never an error.
 */
export function logSlowQuery(ms: number, query: string, env: NodeJS.ProcessEnv = process.env): void {
  const file = env.REQDESK_DEBUG_LOG;
  if (!file || ms <= SLOW_QUERY_MS) return;
  const flat = query.replace(/\s+/g, ' ').trim();
  const shown = flat.length > SQL_SHOWN ? `${flat.slice(0, SQL_SHOWN)}… (${flat.length} chars)` : flat;
  try {
    fs.appendFileSync(file, `${new Date().toISOString()} [db] slow query (${ms.toFixed(0)} ms): ${shown}\n`);
  } catch {
    // Diagnostics must not break the app they describe.
  }
}
