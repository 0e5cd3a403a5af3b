import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { invoke } from '../../renderer/src/api';
import { useJdStore } from '../../renderer/src/features/jd/jd-store';
import { useRolesStore } from '../../renderer/src/features/roles/roles-store';
import type { Jd, JdSectionId } from '../../shared/jd';
import { emptyRoleSpec, type RoleSpec } from '../../shared/roles';
import type { TempCore } from '../support/temp-db';
import { mountApp, resetPage, startCore } from './support/app-harness';

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

function spec(overrides: Partial<RoleSpec> = {}): RoleSpec {
  return {
    ...emptyRoleSpec(),
    title: 'Senior Backend Engineer',
    qualifier: 'Go',
    archetype: 'api',
    level: 'senior',
    company: 'Harbor Freight Data',
    service: 'shipment tracking API',
    scale: '3 million events a day',
    partnerTeam: 'Logistics',
    managerTitle: 'Director of Engineering',
    workMode: 'hybrid',
    city: 'Denver',
    state: 'CO',
    stack: { ...emptyRoleSpec().stack, primary: ['Go'], dataStores: ['PostgreSQL'] },
    pay: { min: 170_000, max: 210_000, currency: 'USD' },
    ...overrides,
  };
}

/** A role in the database, opened on its "Job description" tab. */
async function openJd(overrides: Partial<RoleSpec> = {}) {
  const created = await invoke('roles.create', { spec: spec(overrides) });
  if (!created.ok) throw new Error(created.error.message);
  window.history.replaceState(null, '', `/#/roles/${created.value.id}/jd`);
  const { user } = await mountApp();
  await screen.findByRole('region', { name: 'Checks' });
  await waitFor(() => expect(screen.getByTestId('jd-score')).toBeInTheDocument());
  return { user, roleId: created.value.id };
}

function sectionOf(id: JdSectionId): HTMLElement {
  const element = document.querySelector<HTMLElement>(`[data-section="${id}"]`);
  if (!element) throw new Error(`no section ${id}`);
  return element;
}

function input(id: JdSectionId): HTMLTextAreaElement {
  return within(sectionOf(id)).getByRole('textbox') as HTMLTextAreaElement;
}

async function stored(roleId: string): Promise<Jd> {
  await useJdStore.getState().flush();
  const result = await invoke('jd.forRole', { roleId });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const score = () => Number(screen.getByTestId('jd-score').textContent?.split('/')[0]);

describe('the JD builder', () => {
  it('makes the JD from the role spec, shows writing notes apart from the text, and saves edits', async () => {
    const { user, roleId } = await openJd();
    expect(window.location.hash).toBe(`#/roles/${roleId}/jd`);
    expect(input('title').value).toContain('Senior Backend Engineer');
    const jd = await stored(roleId);
    for (const section of jd.sections) {
      expect(input(section.id).value).toBe(section.text);
      if (section.guidance) {
        const notes = within(sectionOf(section.id)).getByRole('complementary');
        expect(notes).toHaveTextContent(section.guidance.slice(0, 40));
        expect(input(section.id).value).not.toContain(section.guidance);
      }
    }
    // The preview shows the title as its heading and no writing notes.
    const preview = screen.getByRole('region', { name: 'Preview' });
    expect(within(preview).getByRole('heading', { level: 2 })).toHaveTextContent('Senior Backend Engineer');

    await user.click(input('about'));
    await user.keyboard('{Control>}{End}{/Control} We ship twice a day.');
    await waitFor(() => expect(preview).toHaveTextContent('We ship twice a day.'));
    // Ctrl+S sends it now (before the typing pause ends) and keeps the browser's own save away.
    await user.keyboard(' Weekly demos.');
    expect(useJdStore.getState().saveState.kind).toBe('pending');
    expect(fireEvent.keyDown(input('about'), { key: 's', ctrlKey: true })).toBe(false);
    expect(useJdStore.getState().saveState.kind).toBe('saving');
    await waitFor(async () =>
      expect((await stored(roleId)).sections[1]?.text).toMatch(/We ship twice a day\. Weekly demos\.$/),
    );
    await waitFor(() =>
      expect(document.querySelector('[data-save-state]')).toHaveAttribute('data-save-state', 'saved'),
    );
  });

  it('says so when an edit turns a final JD back into a draft', async () => {
    const { user, roleId } = await openJd();
    const finalSwitch = () => screen.getByRole('switch', { name: /^Final/ });
    await user.click(finalSwitch());
    await waitFor(() => expect(finalSwitch()).toBeChecked());
    await user.click(input('about'));
    await user.keyboard('{Control>}{End}{/Control} On call one week in six.');
    expect(await screen.findByText(/it is a draft again/)).toBeInTheDocument();
    expect(finalSwitch()).not.toBeChecked();
    expect((await stored(roleId)).finalAt).toBeNull();
  });

  it('asks before regenerating a section edited by hand, and Undo brings the edits back', async () => {
    const { user, roleId } = await openJd();
    const about = input('about');
    await user.clear(about);
    await user.type(about, 'Written by hand.');
    const regenerate = within(sectionOf('about')).getByRole('button', { name: /Regenerate/ });

    // Kept: nothing changes.
    await user.click(regenerate);
    const dialog = await screen.findByRole('dialog', { name: 'This section was edited by hand' });
    await user.click(within(dialog).getByRole('button', { name: 'Keep my text' }));
    expect(input('about').value).toBe('Written by hand.');
    expect((await stored(roleId)).sections[1]?.text).toBe('Written by hand.');

    // Replaced: the spec's text comes back, and Undo restores the edits.
    await user.click(regenerate);
    await user.click(
      within(await screen.findByRole('dialog', { name: 'This section was edited by hand' })).getByRole(
        'button',
        {
          name: 'Replace it',
        },
      ),
    );
    await waitFor(() => expect(input('about').value).not.toBe('Written by hand.'));
    const regenerated = (await stored(roleId)).sections[1];
    expect(input('about').value).toBe(regenerated?.generated);
    await user.click(within(await screen.findByRole('status')).getByRole('button', { name: /Undo/ }));
    expect(input('about').value).toBe('Written by hand.');
    await waitFor(async () => expect((await stored(roleId)).sections[1]?.text).toBe('Written by hand.'));

    // Ctrl+Z outside the text does the same.
    await user.click(regenerate);
    await user.click(
      within(await screen.findByRole('dialog', { name: 'This section was edited by hand' })).getByRole(
        'button',
        {
          name: 'Replace it',
        },
      ),
    );
    await waitFor(() => expect(input('about').value).toBe(regenerated?.generated));
    (document.activeElement as HTMLElement | null)?.blur();
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(input('about').value).toBe('Written by hand.'));
  });

  it('marks sections whose spec changed, and regenerating one brings the change in', async () => {
    const created = await invoke('roles.create', { spec: spec() });
    if (!created.ok) throw new Error(created.error.message);
    const roleId = created.value.id;
    await invoke('jd.forRole', { roleId });
    const patched = await invoke('roles.patch', {
      id: roleId,
      patch: { qualifier: 'Rust' },
      clientSeq: Date.now(),
    });
    expect(patched.ok).toBe(true);
    window.history.replaceState(null, '', `/#/roles/${roleId}/jd`);
    const { user } = await mountApp();
    await screen.findByTestId('jd-score');
    expect(within(sectionOf('title')).getByText('Spec changed')).toBeInTheDocument();
    expect(input('title').value).toContain('(Go)');
    await user.click(within(sectionOf('title')).getByRole('button', { name: /Regenerate/ }));
    await waitFor(() => expect(input('title').value).toContain('(Rust)'));
    expect(within(sectionOf('title')).queryByText('Spec changed')).not.toBeInTheDocument();
  });

  it('regenerates a section nobody edited without asking', async () => {
    const { user, roleId } = await openJd();
    const before = (await stored(roleId)).sections[1]?.text;
    await user.click(within(sectionOf('about')).getByRole('button', { name: /Regenerate/ }));
    await waitFor(() => expect(useJdStore.getState().busySection).toBeNull());
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(input('about').value).toBe(before);
    // While a regenerate runs, the section takes no typing (it would be replaced), then does again.
    const running = useJdStore.getState().regenerate('about');
    await waitFor(() => expect(input('about')).toHaveAttribute('readonly'));
    await running;
    await waitFor(() => expect(input('about')).not.toHaveAttribute('readonly'));
  });

  it('selects a finding’s span when clicked, and applying its rewrite raises the score', async () => {
    const { user } = await openJd();
    const about = input('about');
    await user.click(about);
    await user.keyboard('{Control>}{End}{/Control} You will be our rockstar.');
    const checks = screen.getByRole('region', { name: 'Checks' });
    const show = await within(checks).findByRole('button', { name: /Show in the text: jargon, “rockstar”/ });
    const before = score();

    about.blur();
    await user.click(show);
    expect(about).toHaveFocus();
    expect(about.value.slice(about.selectionStart, about.selectionEnd)).toBe('rockstar');

    const finding = show.closest('[data-finding]') as HTMLElement;
    await user.click(within(finding).getByRole('button', { name: /Apply fix/ }));
    expect(about.value).toMatch(/You will be our experienced engineer\.$/);
    await waitFor(() => expect(score()).toBeGreaterThan(before));
    expect(within(checks).queryByRole('button', { name: /“rockstar”/ })).not.toBeInTheDocument();
  });

  it('lists placeholders under their section and selects one when clicked', async () => {
    const { user } = await openJd();
    const company = input('company');
    await user.clear(company);
    await user.type(company, 'We build [[what we build] for shippers.');
    const chip = within(sectionOf('company')).getByRole('button', { name: /Select \[what we build\]/ });
    await user.click(chip);
    expect(company.value.slice(company.selectionStart, company.selectionEnd)).toBe('[what we build]');
    expect(within(screen.getByRole('region', { name: 'Preview' })).getByText('[what we build]').tagName).toBe(
      'MARK',
    );
  });
});
