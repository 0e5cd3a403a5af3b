import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

/**
 * Another process holding a database's write lock (BEGIN IMMEDIATE), as a second Reqdesk
 * window or a CLI command in the middle of a write would. Plain node, no TypeScript loader:
 * it is holding the lock by the time `start` resolves.
 */
export interface LockHolder {
  child: ChildProcess;
  /** Commits and exits; resolves when the process is gone. */
  release(): Promise<void>;
}

const SCRIPT = `
const Database = require(process.argv[1]);
const db = new Database(process.argv[2]);
db.exec('begin immediate');
process.stdout.write('locked\\n');
process.stdin.once('data', () => { db.exec('commit'); db.close(); process.exit(0); });
`;

export function holdWriteLock(file: string): Promise<LockHolder> {
  const child = spawn(process.execPath, ['-e', SCRIPT, path.resolve('node_modules/better-sqlite3'), file], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`lock holder exited early (${code})`)));
    child.stdout?.once('data', () =>
      resolve({
        child,
        release: async () => {
          child.stdin?.write('go\n');
          await exited;
        },
      }),
    );
  });
}
