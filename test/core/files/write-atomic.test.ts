import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../electron/core/files/write-atomic';
import { makeTempDir } from '../../support/temp-db';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** The id of a process that has exited: what a killed export leaves in its temporary file's name. */
function deadPid(): Promise<number> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['-e', '0']);
    proc.on('error', reject);
    proc.on('exit', () => resolve(proc.pid as number));
  });
}

describe('writeFileAtomic', () => {
  it('removes the temporary files a killed export left in the folder, not those of a running one', async () => {
    const { dir, cleanup } = makeTempDir();
    cleanups.push(cleanup);
    const killed = path.join(dir, `.reqdesk-${await deadPid()}-1767225600000-0a1b2c3d.tmp`);
    const running = path.join(dir, `.reqdesk-${process.pid}-1767225600000-0a1b2c3d.tmp`);
    const unrelated = path.join(dir, '.reqdesk-notes.tmp');
    for (const file of [killed, running, unrelated]) fs.writeFileSync(file, 'half a document');

    writeFileAtomic(path.join(dir, 'jd.docx'), 'whole document');

    expect(fs.readFileSync(path.join(dir, 'jd.docx'), 'utf8')).toBe('whole document');
    expect(fs.existsSync(killed)).toBe(false);
    expect(fs.existsSync(running)).toBe(true);
    expect(fs.existsSync(unrelated)).toBe(true);
    expect(fs.readdirSync(dir).sort()).toEqual(
      ['.reqdesk-notes.tmp', path.basename(running), 'jd.docx'].sort(),
    );
  });
});
