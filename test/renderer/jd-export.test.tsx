import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { invoke } from '../../renderer/src/api';
import { exportDocument } from '../../renderer/src/features/documents/export-document';
import { useJdStore } from '../../renderer/src/features/jd/jd-store';
import { useRolesStore } from '../../renderer/src/features/roles/roles-store';
import { emptyRoleSpec } from '../../shared/roles';
import type { TempCore } from '../support/temp-db';
import { mountApp, resetPage, startCore } from './support/app-harness';
import { captureDownloads } from './support/downloads';

let core: TempCore;

beforeEach(async () => {
  resetPage();
  core = await startCore();
});

afterEach(async () => {
  await useJdStore.getState().flush();
  await useRolesStore.getState().flush();
  resetPage();
  vi.restoreAllMocks();
  await core.close();
});

describe('exporting a JD', () => {
  it('refuses a final JD without a range under a pay-transparency law until a reason is given, and keeps the reason', async () => {
    const downloads = captureDownloads();
    const created = await invoke('roles.create', {
      spec: {
        ...emptyRoleSpec(),
        title: 'Backend Engineer',
        qualifier: 'Python',
        archetype: 'data',
        level: 'mid',
        company: 'Lakeside Analytics',
        workMode: 'onsite',
        city: 'Denver',
        state: 'CO',
      },
    });
    if (!created.ok) throw new Error(created.error.message);
    window.history.replaceState(null, '', `/#/roles/${created.value.id}/jd`);
    const { user } = await mountApp();
    await screen.findByTestId('jd-score');
    expect(
      within(screen.getByRole('region', { name: 'Checks' })).getByText('missing-pay-range'),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('switch', { name: 'Final' }));
    await waitFor(() => expect(useJdStore.getState().jd?.finalAt).not.toBeNull());

    const exportPdf = async () => {
      await user.click(screen.getByRole('button', { name: 'Export' }));
      await user.click(await screen.findByRole('menuitem', { name: 'PDF' }));
    };
    await exportPdf();
    const refusal = await screen.findByRole('dialog', { name: 'This JD needs a pay range' });
    expect(refusal).toHaveTextContent(/marked final/);
    // The reason is required: an empty one is not sent.
    await user.click(within(refusal).getByRole('button', { name: 'Export with this reason' }));
    expect(within(refusal).getByText('Give a reason for exporting without a pay range.')).toBeInTheDocument();
    expect(downloads).toHaveLength(0);

    await user.type(
      within(refusal).getByLabelText(/Reason for exporting without a range/),
      'Range shared on the first call',
    );
    await user.click(within(refusal).getByRole('button', { name: 'Export with this reason' }));
    const ask = await screen
      .findByRole('dialog', { name: 'Some text is still a placeholder' })
      .catch(() => null);
    if (ask) await user.click(within(ask).getByRole('button', { name: 'Export without them' }));
    await waitFor(() => expect(downloads.map((d) => d.name)).toEqual([expect.stringMatching(/\.pdf$/)]));

    const versions = screen.getByRole('region', { name: 'Exported versions' });
    await waitFor(() => expect(within(versions).getAllByRole('listitem')).toHaveLength(1));
    expect(versions).toHaveTextContent('Reason: Range shared on the first call');
    expect(versions).toHaveTextContent('final');
    const stored = await invoke('jd.versions', { id: useJdStore.getState().jd?.id ?? '' });
    expect(stored.ok && stored.value[0]?.overrideReason).toBe('Range shared on the first call');

    // The snapshot opens read-only, without the writing notes.
    await user.click(within(versions).getByRole('button'));
    const snapshot = await screen.findByRole('dialog', { name: /^Exported / });
    const text = within(snapshot).getByRole('document', { name: 'Exported text' });
    expect(text).toHaveTextContent('Backend Engineer');
    const guidance = useJdStore.getState().jd?.sections.find((s) => s.guidance)?.guidance ?? '';
    expect(guidance).not.toBe('');
    expect(text.textContent).not.toContain(guidance.slice(0, 30));
  });

  it('asks about placeholders before exporting, and Go back exports nothing', async () => {
    const downloads = captureDownloads();
    const created = await invoke('roles.create', { spec: { ...emptyRoleSpec(), title: 'Backend Engineer' } });
    if (!created.ok) throw new Error(created.error.message);
    window.history.replaceState(null, '', `/#/roles/${created.value.id}/jd`);
    const { user } = await mountApp();
    await screen.findByTestId('jd-score');
    await user.click(
      within(document.querySelector('[data-section="about"]') as HTMLElement).getByRole('textbox'),
    );
    await user.keyboard('{Control>}{End}{/Control} Team of [[team size].');
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Word document (.docx)' }));
    const ask = await screen.findByRole('dialog', { name: 'Some text is still a placeholder' });
    expect(within(ask).getByText('[team size]')).toBeInTheDocument();
    await user.click(within(ask).getByRole('button', { name: 'Go back' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(downloads).toHaveLength(0);
    expect(await invoke('jd.versions', { id: useJdStore.getState().jd?.id ?? '' })).toEqual({
      ok: true,
      value: [],
    });

    // Asked again from the store's side (the menu was used once above): this time without them.
    const again = await exportDocument({
      kind: 'jd',
      roleId: created.value.id,
      format: 'docx',
      placeholders: 'remove',
    });
    expect(again.status).toBe('done');
    await waitFor(() => expect(downloads.map((d) => d.name)).toEqual([expect.stringMatching(/\.docx$/)]));
  });
});
