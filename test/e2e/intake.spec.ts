import { expect, test } from './fixtures';
import { IntakePage } from './pages/intake-page';

test('an intake filled by keyboard only is all there after a reload, with the comp advice and its warning', async ({
  app,
}) => {
  test.slow(); // a whole intake typed key by key: three times the budget
  const intake = new IntakePage(app.page);
  const { page } = app;
  await expect(app.heading()).toHaveText('Roles');
  await page.keyboard.press('n');
  await expect(intake.field('Owns in week one')).toBeFocused();

  await page.keyboard.type('The claims ingestion pipeline and the Postgres schema behind it');
  await intake.typeInto('Will not own', 'The patient portal and the mobile APIs');
  await intake.typeInto('Named service or system', 'Claims ingestion service');
  await page.keyboard.press('Enter'); // Enter moves on from a one-line field
  await expect(intake.field('Its scale')).toBeFocused();
  await page.keyboard.type('40 million claims a month');

  // The archetype cards are one radio group: Tab in, arrow to the second card.
  await intake.tabTo(page.getByRole('radio', { name: 'API / services' }));
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Data-intensive' })).toBeChecked();

  await intake.typeInto('Title', 'Senior Backend Engineer');
  await intake.typeInto('Qualifier', 'Data Platform');
  await intake.choose('Level', 'Senior');
  await intake.choose('Engagement', 'Direct hire');
  await intake.typeInto('Company', 'Northwind Health');
  await intake.choose('Industry', 'Healthcare');
  await intake.typeInto("Manager's title", 'Director of Data Engineering');
  await intake.typeInto('Hiring manager', 'Priya Raman');
  await intake.choose('Work mode', 'Hybrid');
  await intake.typeInto('City', 'Boston');
  await intake.typeInto('State', 'MA');
  await intake.typeInto('Metro', 'Boston');
  await intake.addTags('Primary language and framework', ['Python', 'FastAPI']);
  await intake.addTags('Data stores', ['PostgreSQL', 'Snowflake']);
  await intake.typeInto('First 90 days', 'Take over the claims ingestion service');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Cut the nightly load from 6 hours to 1');
  const mustHaves = [
    'Six years of Python in production',
    'PostgreSQL at volume: reads query plans',
    'Kafka consumers and their failure modes',
    'HIPAA-aware data handling',
  ];
  await intake.typeInto('Must-haves', mustHaves.join('\n'));
  await expect(page.getByText('4 of 4-6 must-haves.')).toBeVisible();
  await intake.typeInto('Pay from', '240000', 30);
  await intake.typeInto('Pay to', '300000');

  // The advisor has what it needs: a band, derived step by step, and other sources beside it.
  await expect(intake.recommendedBand).toHaveText(/^\$\d+K-\$\d+K$/);
  const derivation = intake.advisor.getByRole('list', { name: 'Derivation' });
  // Base band, then the Boston premium, then the regulated data-intensive premium.
  await expect(derivation.getByRole('listitem')).toHaveCount(3);
  await expect(derivation.getByRole('listitem').nth(1)).toContainText(/Boston/);
  await expect(derivation.getByRole('listitem').nth(2)).toContainText(/regulated/i);
  await expect(intake.advisor.getByRole('table', { name: 'Other sources' })).toContainText('BLS');
  await intake.waitUntilSaved();

  // A reload: every field is back, read from the database.
  await page.reload();
  await app.waitUntilReady();
  await expect(intake.field('Title')).toHaveValue('Senior Backend Engineer');
  await expect(intake.field('Owns in week one')).toHaveValue(
    'The claims ingestion pipeline and the Postgres schema behind it',
  );
  await expect(intake.field('Will not own')).toHaveValue('The patient portal and the mobile APIs');
  await expect(intake.field('Its scale')).toHaveValue('40 million claims a month');
  await expect(page.getByRole('radio', { name: 'Data-intensive' })).toBeChecked();
  await expect(intake.field('Level')).toHaveValue('senior');
  await expect(intake.field('Industry')).toHaveValue('healthcare');
  await expect(intake.field('Work mode')).toHaveValue('hybrid');
  await expect(intake.field('City')).toHaveValue('Boston');
  await expect(intake.field('Must-haves')).toHaveValue(mustHaves.join('\n'));
  await expect(intake.form.getByText('FastAPI', { exact: true })).toBeVisible();
  await expect(intake.form.getByText('Snowflake', { exact: true })).toBeVisible();
  await expect(intake.field('Pay from')).toHaveValue('240,000');
  const band = await intake.recommendedBand.textContent();
  expect(band).toMatch(/^\$\d+K-\$\d+K$/);
  await expect(intake.warning('pay-below-band')).toHaveCount(0);

  // A posted range under the band: the advisor says so.
  await intake.field('Pay from').focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('150000');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('170000');
  await expect(intake.warning('pay-below-band')).toBeVisible();
  await expect(intake.recommendedBand).toHaveText(band ?? '');
  await intake.waitUntilSaved();
});

test('a bad pay range is shown, never saved, and the list finds, duplicates and deletes roles with undo', async ({
  app,
}) => {
  const intake = new IntakePage(app.page);
  const { page } = app;
  await page.getByRole('button', { name: 'Start an intake' }).click();
  await intake.field('Title').fill('Edge Engineer');
  await intake.field('Pay from').fill('200000');
  await intake.field('Pay to').fill('100000');
  const rangeError = page.getByRole('alert').filter({ hasText: 'The minimum is above the maximum.' });
  await expect(rangeError).toBeVisible();
  await intake.waitUntilSaved();
  // A reload: the title is in the database; the bad range is not, but what was typed is back
  // on screen with its message, for the person to fix.
  await page.reload();
  await app.waitUntilReady();
  await expect(intake.field('Title')).toHaveValue('Edge Engineer');
  await expect(intake.field('Pay from')).toHaveValue('200,000');
  await expect(intake.field('Pay to')).toHaveValue('100,000');
  await expect(rangeError).toBeVisible();
  await intake.field('Pay to').fill('240000');
  await expect(rangeError).toHaveCount(0);
  await intake.waitUntilSaved();
  await page.reload();
  await app.waitUntilReady();
  await expect(intake.field('Pay to')).toHaveValue('240,000');

  await intake.roleList.getByRole('button', { name: 'Actions for Edge Engineer' }).click();
  await page.getByRole('menuitem', { name: 'Duplicate as a new draft' }).click();
  await expect(intake.field('Title')).toHaveValue('Edge Engineer (copy)');
  await intake.roleList.getByRole('textbox', { name: 'Search roles' }).fill('copy');
  await expect(intake.roleList.getByRole('listitem')).toHaveCount(1);
  await expect(intake.roleList.getByRole('listitem')).toContainText('Edge Engineer (copy)');

  await intake.roleList.getByRole('button', { name: 'Actions for Edge Engineer (copy)' }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Deleted “Edge Engineer (copy)”' })).toBeVisible();
  await expect(intake.roleList.getByText('No role matches.')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(intake.field('Title')).toHaveValue('Edge Engineer (copy)');
});
