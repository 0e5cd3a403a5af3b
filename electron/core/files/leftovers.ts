import fs from 'node:fs';
import path from 'node:path';

/** What writeFileAtomic writes before its rename: `.reqdesk-<pid>-<time>-<random>.tmp`. */
export const ATOMIC_TEMP = /^\.reqdesk-(\d+)-\d+-[0-9a-f]+\.tmp$/;

/** Whether a process with this id is running (a file it is writing must not be taken away). */
function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes files in `dir` that a process killed halfway through a write left behind: names
 * matching `pattern`, whose first group is the id of the process that wrote them, when that
 * process is gone. Returns the names removed; a folder that cannot be read removes nothing.
 */
export function removeLeftovers(dir: string, pattern: RegExp): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const pid = Number(pattern.exec(name)?.[1]);
    if (!Number.isInteger(pid) || pid <= 0 || isRunning(pid)) continue;
    try {
      fs.rmSync(path.join(dir, name), { force: true });
      removed.push(name);
    } catch {
      // Someone else's file we may not remove: leave it.
    }
  }
  return removed;
}
