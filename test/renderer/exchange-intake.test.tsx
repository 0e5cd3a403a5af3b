import { act, createEvent, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useExchangeImportStore } from '../../renderer/src/features/exchange';
import { OPENED_FILE_EVENT, type OpenedFile } from '../../shared/opened-file';
import { EXCHANGE_LIMITS } from '../../shared/pack-exchange';
import type { TempCore } from '../support/temp-db';
import { mountApp, resetPage, startCore } from './support/app-harness';

let core: TempCore;
/** Files main has read and keeps for the window (main's own inbox is tested in test/electron). */
let inbox: OpenedFile[];

beforeEach(async () => {
  resetPage('#/candidates');
  useExchangeImportStore.getState().close();
  core = await startCore();
  inbox = [];
  // What Electron's main process gives the core; the preview has no inbox.
  core.ctx.takeOpenedFile = () => inbox.shift() ?? null;
});

afterEach(async () => {
  useExchangeImportStore.getState().close();
  resetPage();
  await core.close();
});

const importDialog = (fileName: string) => screen.findByRole('dialog', { name: `Import ${fileName}` });

describe('files reaching the exchange import', () => {
  it('a file double-clicked before the window was ready opens the import preview, and one main could not read says why', async () => {
    inbox.push({
      fileName: 'huge.reqdesk-pack',
      error: 'huge.reqdesk-pack is larger than 32 MB; it was not opened.',
    });
    await mountApp();
    const dialog = await importDialog('huge.reqdesk-pack');
    expect(within(dialog).getByRole('alert')).toHaveTextContent('larger than 32 MB');
    await act(async () => useExchangeImportStore.getState().close());

    // A later one arrives while the app runs: main says so with a page event, and the window asks.
    inbox.push({
      fileName: 'folder.reqdesk-role',
      error: 'folder.reqdesk-role is not a file; it was not opened.',
    });
    await act(async () => {
      window.dispatchEvent(new Event(OPENED_FILE_EVENT));
    });
    expect(within(await importDialog('folder.reqdesk-role')).getByRole('alert')).toHaveTextContent(
      'is not a file',
    );
  });

  it('a file dropped on the window goes to the same preview, and the page does not follow the drop', async () => {
    await mountApp();
    const file = new File(['{"format":"reqdesk-transfer"}'], 'Dana Kim.reqdesk-pack', {
      type: 'application/json',
    });
    const drop = createEvent.drop(window, { dataTransfer: { files: [file], types: ['Files'] } });
    fireEvent(window, drop);
    expect(drop.defaultPrevented).toBe(true);
    const dialog = await importDialog('Dana Kim.reqdesk-pack');
    // Nothing is written before the person confirms.
    expect(within(dialog).getByRole('button', { name: 'Import' })).toBeInTheDocument();
  });

  it('refuses an empty file and one larger than any Reqdesk file before reading them', async () => {
    const { user } = await mountApp();
    await user.click(await screen.findByRole('button', { name: /Import file/ }));
    const input = screen.getByLabelText('Pack, scorecard or role file to import');
    const big = new File(['x'], 'big.reqdesk-scorecard');
    Object.defineProperty(big, 'size', { value: EXCHANGE_LIMITS.bytes + 1 });
    await user.upload(input, big);
    const dialog = await importDialog('big.reqdesk-scorecard');
    expect(within(dialog).getByRole('alert')).toHaveTextContent('more than any Reqdesk file (32 MB)');
    expect(within(dialog).getByRole('button', { name: 'Import' })).toBeDisabled();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));

    await user.upload(input, new File([], 'empty.reqdesk-pack'));
    expect(within(await importDialog('empty.reqdesk-pack')).getByRole('alert')).toHaveTextContent(
      'empty.reqdesk-pack is empty. Nothing was imported.',
    );
  });
});
