import { expect, test } from './fixtures';
import { DataPage } from './pages/data-page';
import { IntakePage } from './pages/intake-page';

/** A new role with a title: from the empty state by its shortcut, else by the New role button. */
async function newRole(page: import('@playwright/test').Page, title: string, first: boolean): Promise<void> {
  const intake = new IntakePage(page);
  if (first) await page.keyboard.press('n');
  else await page.getByRole('button', { name: 'New role' }).click();
  await expect(intake.roleList.getByText('Untitled role')).toBeVisible();
  await intake.field('Title').fill(title);
  await intake.waitUntilSaved();
  await expect(intake.roleList.getByText(title)).toBeVisible();
}

test('back up now, change something, restore: the change is gone and the app is ready again', async ({
  app,
}) => {
  const { page } = app;
  const data = new DataPage(page);
  const intake = new IntakePage(page);

  await app.goTo('Roles');
  await newRole(page, 'Kept Backend Engineer', true);

  await app.goTo('Settings');
  await expect(data.lastBackup).toBeVisible();
  await data.backUpNow();
  await expect(data.lastBackup).toContainText('1 role');
  await expect(data.backups.getByRole('row')).toHaveCount(2); // header + the backup

  await app.goTo('Roles');
  await newRole(page, 'Discarded Platform Engineer', false);

  await app.goTo('Settings');
  const dialog = await data.restore(0);
  await expect(dialog).toContainText('1 role');
  await dialog.getByRole('button', { name: 'Restore' }).click();
  // The window reloads on the restored data.
  await app.waitUntilReady();
  await app.goTo('Roles');
  await expect(intake.roleList.getByText('Kept Backend Engineer')).toBeVisible();
  await expect(intake.roleList.getByText('Discarded Platform Engineer')).toHaveCount(0);

  // The data from before the restore was backed up first, and is listed.
  await app.goTo('Settings');
  await expect(data.backups.getByText('Before a restore')).toBeVisible();
});
