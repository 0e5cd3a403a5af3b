import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invoke } from '../../renderer/src/api';
import { locateInSource } from '../../renderer/src/features/jd/jd-text';
import { useRolesStore } from '../../renderer/src/features/roles/roles-store';
import { OLD_JD } from '../support/old-jd';
import type { TempCore } from '../support/temp-db';
import { mountApp, resetPage, startCore } from './support/app-harness';

let core: TempCore;

beforeEach(async () => {
  resetPage();
  core = await startCore();
});

afterEach(async () => {
  await useRolesStore.getState().flush();
  resetPage();
  await core.close();
});

async function openImport() {
  const { user } = await mountApp();
  await user.click(await screen.findByRole('button', { name: 'Import an old JD' }));
  const dialog = await screen.findByRole('dialog', { name: 'Import an old JD' });
  return { user, dialog, field: within(dialog).getByLabelText('The old JD') as HTMLTextAreaElement };
}

describe('importing an old JD', () => {
  it('splits pasted text into sections, checks it, and converts it into a role with a to-do list', async () => {
    const { user, dialog, field } = await openImport();
    await user.click(field);
    await user.paste(OLD_JD);
    const sections = await within(dialog).findByRole('region', { name: 'Sections found' });
    expect(sections).toHaveTextContent('Backend Developer (Java)');
    expect(sections).toHaveTextContent('Requirements');
    const checks = within(dialog).getByRole('region', { name: 'Checks' });
    await waitFor(() => expect(within(checks).getByTestId('jd-score')).toHaveTextContent(/\d+ \/ 100/));
    expect(checks.querySelector('[data-finding="other-duties"]')).not.toBeNull();
    expect(checks.querySelector('[data-finding="language-soup"]')).not.toBeNull();

    // A finding selects its words in the pasted text.
    await user.click(within(checks).getByRole('button', { name: /^Show in the text: other-duties/ }));
    expect(field).toHaveFocus();
    expect(field.value.slice(field.selectionStart, field.selectionEnd)).toMatch(/^Other duties as assigned/);

    await user.click(within(dialog).getByRole('button', { name: 'Convert to role spec' }));
    const form = await screen.findByRole('form', { name: 'Intake' });
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Import an old JD' })).not.toBeInTheDocument(),
    );
    expect(within(form).getByLabelText('Title')).toHaveValue('Backend Developer');
    const todo = screen.getByRole('region', { name: 'Made from an old JD' });
    expect(within(todo).getByRole('list', { name: 'To do' }).children.length).toBeGreaterThan(0);

    // The new role is stored with what was recognised.
    const id = useRolesStore.getState().selectedId;
    if (!id) throw new Error('no role open');
    const role = await invoke('roles.get', { id });
    expect(role.ok && role.value.spec.title).toBe('Backend Developer');
    expect(window.location.hash).toBe(`#/roles/${id}`);

    await user.click(within(todo).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('region', { name: 'Made from an old JD' })).not.toBeInTheDocument();
  });

  it('refuses a 50 MB paste with a message, leaving the field as it was', async () => {
    const { dialog, field } = await openImport();
    const huge = 'x'.repeat(50 * 1024 * 1024);
    const event = fireEvent.paste(field, { clipboardData: { getData: () => huge } });
    expect(event).toBe(false); // default prevented: nothing reached the field
    expect(field).toHaveValue('');
    expect(within(dialog).getByRole('alert')).toHaveTextContent(/52,428,800 characters.*Nothing was pasted/);
  });

  it('refuses a file over 5 MB before reading it, and says why a bad file cannot be read', async () => {
    const { user, dialog } = await openImport();
    const picker = dialog.ownerDocument.querySelector<HTMLInputElement>('input[type="file"]');
    if (!picker) throw new Error('no file input');

    const big = new File([new Uint8Array(6 * 1024 * 1024)], 'huge.docx');
    await user.upload(picker, big);
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('huge.docx is 6.0 MB');

    const garbage = new File([new Uint8Array([0, 255, 1, 254, 7, 9, 0, 0, 13, 200])], 'old.docx');
    await user.upload(picker, garbage);
    await waitFor(() => expect(within(dialog).getByRole('alert')).not.toHaveTextContent('huge.docx'));
    expect(within(dialog).getByRole('alert')).toHaveTextContent(/old\.docx|Word|DOCX/i);
    expect(within(dialog).getByLabelText('The old JD')).toHaveValue('');
  });

  it('reads a .txt file into the text and checks it', async () => {
    const { user, dialog } = await openImport();
    const picker = dialog.ownerDocument.querySelector<HTMLInputElement>('input[type="file"]');
    if (!picker) throw new Error('no file input');
    await user.upload(picker, new File([OLD_JD], 'old-jd.txt', { type: 'text/plain' }));
    await waitFor(() => expect(within(dialog).getByLabelText('The old JD')).toHaveValue(OLD_JD));
    expect(within(dialog).getByText('Read from old-jd.txt')).toBeInTheDocument();
    expect(await within(dialog).findByRole('region', { name: 'Sections found' })).toHaveTextContent(
      'Backend Developer (Java)',
    );
  });
});

describe('locating a finding in the pasted text', () => {
  it('finds the same occurrence of the same words, however the split moved them', () => {
    const source = 'Title\n\nAbout\nWe need a ninja.\n\nPerks\nAnd a ninja again.';
    const checked = 'About\nWe need a ninja.\nPerks\nAnd a ninja again.';
    const second = checked.lastIndexOf('ninja');
    const span = locateInSource(checked, second, second + 5, source);
    expect(span).toEqual({ start: source.lastIndexOf('ninja'), end: source.lastIndexOf('ninja') + 5 });
    const first = checked.indexOf('ninja');
    expect(locateInSource(checked, first, first + 5, source)?.start).toBe(source.indexOf('ninja'));
    // Words the source does not hold as such (whitespace rejoined), or an empty span: nothing.
    expect(locateInSource('We need\na ninja', 0, 15, 'We need a ninja')).toBeNull();
    expect(locateInSource(checked, 3, 3, source)).toBeNull();
  });
});
