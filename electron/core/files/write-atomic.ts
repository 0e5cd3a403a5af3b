import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ATOMIC_TEMP, removeLeftovers } from './leftovers';

/**
 * Writes to a temporary file beside the target, syncs it, then renames: a reader never sees
 * half a file. Temporary files an earlier write left in that folder when its process was
 * killed go first (the database folder is also swept at open).
 */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  const dir = path.dirname(path.resolve(file));
  removeLeftovers(dir, ATOMIC_TEMP);
  // A short name of its own: the target's name plus a suffix can pass the 255-byte limit.
  const temp = path.join(dir, `.reqdesk-${process.pid}-${Date.now()}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    const fd = fs.openSync(temp, 'w');
    try {
      fs.writeFileSync(fd, data);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    // Named after the file asked for, not the temporary one: that is what a message shows.
    if (typeof (error as NodeJS.ErrnoException).code === 'string')
      (error as NodeJS.ErrnoException).path = file;
    throw error;
  }
}
