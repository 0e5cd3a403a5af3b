import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch';
import { menuTemplate } from '../../electron/main/menu';
import {
  OPEN_DIALOG_FILTERS,
  OpenedFileInbox,
  openableFileArgs,
  readOpenedFile,
} from '../../electron/main/opened-files';
import { EXCHANGE_LIMITS } from '../../shared/pack-exchange';
import { openTempCore } from '../support/temp-db';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reqdesk-opened-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('files handed to the app from outside', () => {
  it('takes only Reqdesk files from a command line, resolved from the caller’s folder', () => {
    const argv = [
      '--no-sandbox',
      '--original-process-start-time=123',
      'Dana Kim - System design.reqdesk-pack',
      '/home/ana/Downloads/card.REQDESK-SCORECARD',
      'notes.txt',
      '.',
      '--flag=x.reqdesk-role',
    ];
    expect(openableFileArgs(argv, '/home/ana')).toEqual([
      '/home/ana/Dana Kim - System design.reqdesk-pack',
      '/home/ana/Downloads/card.REQDESK-SCORECARD',
    ]);
  });

  it('offers pack, scorecard and role files in File > Open', () => {
    expect(OPEN_DIALOG_FILTERS[0]?.extensions.sort()).toEqual([
      'reqdesk-pack',
      'reqdesk-role',
      'reqdesk-scorecard',
    ]);
    let opened = 0;
    const template = menuTemplate('linux', false, {
      about: () => {},
      openDataFolder: () => {},
      openFile: () => opened++,
    });
    const file = template.find((item) => item.label === 'File');
    const open = Array.isArray(file?.submenu) ? file.submenu.find((i) => i.label === 'Open…') : undefined;
    expect(open?.accelerator).toBe('CmdOrCtrl+O');
    (open?.click as (() => void) | undefined)?.();
    expect(opened).toBe(1);
  });

  it('reads a Reqdesk file’s text, and names every file it will not read instead of throwing', () => {
    const pack = path.join(dir, 'interview.reqdesk-pack');
    fs.writeFileSync(pack, '{"format":"reqdesk-transfer"}');
    expect(readOpenedFile(pack)).toEqual({
      fileName: 'interview.reqdesk-pack',
      content: '{"format":"reqdesk-transfer"}',
    });

    const other = path.join(dir, 'photo.png');
    fs.writeFileSync(other, 'x');
    expect(readOpenedFile(other)).toMatchObject({ fileName: 'photo.png', error: /not a Reqdesk pack/ });

    const folder = path.join(dir, 'folder.reqdesk-role');
    fs.mkdirSync(folder);
    expect(readOpenedFile(folder)).toMatchObject({ error: /is not a file/ });

    expect(readOpenedFile(path.join(dir, 'gone.reqdesk-scorecard'))).toMatchObject({
      fileName: 'gone.reqdesk-scorecard',
      error: /could not be read/,
    });
  });

  it('refuses a file larger than any Reqdesk file without reading it', () => {
    const big = path.join(dir, 'huge.reqdesk-pack');
    const handle = fs.openSync(big, 'w');
    fs.ftruncateSync(handle, EXCHANGE_LIMITS.bytes + 1); // sparse: no 32 MB written
    fs.closeSync(handle);
    let read = false;
    const result = readOpenedFile(big, {
      statSync: fs.statSync,
      readFileSync: (() => {
        read = true;
        return '';
      }) as unknown as typeof fs.readFileSync,
    });
    expect(result).toMatchObject({ error: /larger than 32 MB/ });
    expect(read).toBe(false);
  });

  it('keeps opened files in order until the window asks, and at most a bounded number', () => {
    const inbox = new OpenedFileInbox(2);
    expect(inbox.take()).toBeNull();
    inbox.push({ fileName: 'a.reqdesk-pack', content: 'a' });
    inbox.push({ fileName: 'b.reqdesk-pack', content: 'b' });
    inbox.push({ fileName: 'c.reqdesk-pack', content: 'c' });
    expect(inbox.take()?.fileName).toBe('b.reqdesk-pack');
    expect(inbox.take()?.fileName).toBe('c.reqdesk-pack');
    expect(inbox.take()).toBeNull();
  });
});

describe('the window asking for an opened file', () => {
  it('gets the next one from the inbox through the checked invoke path, and null in the preview', async () => {
    const core = await openTempCore();
    try {
      expect(await dispatch(core.ctx, 'exchange.takeOpenedFile', {})).toEqual({ ok: true, value: null });
      const inbox = new OpenedFileInbox();
      core.ctx.takeOpenedFile = () => inbox.take();
      inbox.push({ fileName: 'a.reqdesk-pack', content: '{}' });
      expect(await dispatch(core.ctx, 'exchange.takeOpenedFile', {})).toEqual({
        ok: true,
        value: { fileName: 'a.reqdesk-pack', content: '{}' },
      });
      expect(await dispatch(core.ctx, 'exchange.takeOpenedFile', { path: '/etc/passwd' })).toMatchObject({
        ok: false,
        error: { code: 'bad_input' },
      });
    } finally {
      await core.close();
    }
  });
});
