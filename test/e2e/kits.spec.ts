import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { CandidatesPage } from './pages/candidates-page';
import { IntakePage } from './pages/intake-page';
import { LoopPage } from './pages/loop-page';

/** Screenshots worth a look by a person; Playwright empties test-results, so they live beside the tests. */
const ARTIFACTS = path.resolve('test/artifacts/kits');

test('a kit filled from the bank by keyboard keeps its questions and time after a reload; a candidate is added and deleted after asking', async ({
  app,
}) => {
  const { page } = app;
  const intake = new IntakePage(page);
  const loop = new LoopPage(page);
  const candidates = new CandidatesPage(page);

  // A role to hang the loop on.
  await expect(app.heading()).toHaveText('Roles');
  await page.keyboard.press('n');
  await expect(intake.field('Owns in week one')).toBeFocused();
  await intake.field('Title').fill('Senior Backend Engineer');
  await intake.field('Must-haves').fill('PostgreSQL at volume\nKafka consumers\nMandarin fluency');
  await intake.waitUntilSaved();

  // The default loop: four rounds with their lengths.
  await loop.open();
  await expect(loop.rounds.getByRole('listitem')).toHaveCount(4);
  await expect(page.getByLabel('Length of Technical screen')).toHaveValue('45 min');
  await expect(page.getByLabel('Length of Onsite')).toHaveValue('240 min');
  // "Mandarin fluency" maps to no standard attribute and no round looks at it yet.
  await expect(page.locator('[data-warning="must-have-uncovered"]')).toContainText('Mandarin fluency');

  // Two questions into the technical screen, by keyboard only: Tab to the picker, type, Enter.
  await loop.openKit('Technical screen');
  await page.keyboard.press('Tab');
  let tabs = 0;
  while (
    !(await loop.picker('Technical screen').evaluate((el) => el === document.activeElement)) &&
    tabs < 40
  ) {
    await page.keyboard.press('Tab');
    tabs += 1;
  }
  await loop.addFirstMatch('Technical screen', 'Pagination');
  await loop.addFirstMatch('Technical screen', 'Indexing strategy');
  await expect(loop.kitItems('Technical screen')).toHaveText([/Pagination/, /Indexing strategy/]);
  await expect(loop.kitTotal).toHaveText('30 min planned of 45 min');

  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.setViewportSize({ width: 1440, height: 2000 });
  await loop.editor.screenshot({ path: path.join(ARTIFACTS, 'loop-editor.png') });
  // The onsite's kit, with its sessions.
  await loop.openKit('Onsite');
  await expect(page.getByLabel('Session 1 name')).toHaveValue('Designing a system on the whiteboard');
  await page
    .getByRole('region', { name: 'Kit of Onsite' })
    .screenshot({ path: path.join(ARTIFACTS, 'onsite-kit.png') });

  // Rounds move by drag and drop too: the exercise's grip dropped on the first round.
  await loop.round('Exercise').getByTitle('Drag to move').dragTo(loop.round('Recruiter screen'));
  await expect(page.getByRole('textbox', { name: 'Name of round 1' })).toHaveValue('Exercise');

  // A reload reads it all back from the database.
  await page.reload();
  await app.waitUntilReady();
  await expect(loop.rounds).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Name of round 1' })).toHaveValue('Exercise');
  await loop.openKit('Technical screen');
  await expect(loop.kitItems('Technical screen')).toHaveText([/Pagination/, /Indexing strategy/]);
  await expect(loop.kitTotal).toHaveText('30 min planned of 45 min');

  // A must-have as a focus attribute, by keyboard: part of its words, Enter takes the match,
  // and it reads as its words, never its id.
  const kit = page.getByRole('region', { name: 'Kit of Technical screen' });
  await kit.getByRole('combobox', { name: 'Focus attributes' }).click();
  await page.keyboard.type('Mandarin');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-warning="must-have-uncovered"]')).toHaveCount(0);
  await expect(kit.getByText('Mandarin fluency', { exact: true }).first()).toBeVisible();
  // No kit question measures it yet; linking one is counted in the coverage table.
  const mandarin = page.locator('tr[data-attribute="mandarin-fluency"]');
  await expect(mandarin.locator('td').last()).toHaveText('0');
  await kit
    .getByRole('group', { name: /^What Pagination.* also measures$/ })
    .getByText('Mandarin fluency')
    .click();
  await expect(mandarin.locator('td').last()).toHaveText('1');

  // A candidate for the role, then gone again, with everything about them, after a confirmation.
  await app.goTo('Candidates');
  await candidates.add({
    name: 'Katherine Johnson',
    email: 'kj@example.com',
    source: 'Referral',
    stage: 'Screening',
  });
  await expect(candidates.row('Katherine Johnson')).toContainText('Senior Backend Engineer');
  await expect(candidates.row('Katherine Johnson')).toContainText('Screening');
  await page.screenshot({ path: path.join(ARTIFACTS, 'candidates.png') });
  await page.getByRole('button', { name: 'Delete Katherine Johnson' }).click();
  const dialog = candidates.deleteDialog('Katherine Johnson');
  await expect(dialog.getByRole('list', { name: 'What will be removed' })).toContainText('interviews');
  await expect(dialog.getByRole('list', { name: 'What will be removed' })).toContainText('scorecard');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(candidates.row('Katherine Johnson')).toBeVisible();
  await page.getByRole('button', { name: 'Delete Katherine Johnson' }).click();
  await dialog.getByRole('button', { name: 'Delete for good' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Removed Katherine Johnson' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No candidates yet' })).toBeVisible();
  await page.reload();
  await app.waitUntilReady();
  await expect(page.getByRole('heading', { name: 'No candidates yet' })).toBeVisible();
});
