import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { QuestionBankPage } from './pages/question-bank-page';

test('search and open a question with the keyboard only', async ({ app }) => {
  const bank = new QuestionBankPage(app.page);
  await app.press('Mod+2');
  await expect(app.heading()).toHaveText('Question bank');
  await expect(bank.total).toContainText('questions'); // the shipped starter bank is there
  await app.page.keyboard.press('/');
  await expect(bank.search).toBeFocused();
  await app.page.keyboard.type('idempot');
  await expect(bank.total).not.toContainText(/^1\d\d /);
  await expect(bank.options().first()).toContainText(/idempot/i);
  await expect(bank.options().first().locator('mark').first()).toBeVisible();
  await app.page.keyboard.press('ArrowDown');
  await app.page.keyboard.press('Enter');
  await expect(bank.detailHeading()).toContainText(/idempot/i);
  await app.page.keyboard.press('e');
  await expect(app.page.getByRole('dialog', { name: 'Edit question' })).toBeVisible();
  await app.page.keyboard.press('Escape');
  await expect(app.page.getByRole('dialog')).toBeHidden();
});

test('create a question, edit it, delete it and undo', async ({ app }) => {
  const bank = new QuestionBankPage(app.page);
  await app.goTo('Question bank');
  await bank.button('New question').click();
  const dialog = app.page.getByRole('dialog', { name: 'New question' });
  await dialog.getByLabel('Topic', { exact: true }).fill('Queues in anger');
  await dialog
    .getByLabel('Question', { exact: true })
    .fill('Which queue did you run out of in the Zanzibar outage, and what broke first?');
  await dialog
    .getByLabel('What a strong answer shows', { exact: true })
    .fill('Names the queue, the depth they watched, and the fix that held under the next peak.');
  const anchors = [
    'Never ran a queue.',
    'Ran one, cannot say what failed.',
    'Explains the failure.',
    'Explains failure, fix and proof.',
  ];
  const anchorLabels = ['Anchor 1: clearly weak', 'Anchor 2', 'Anchor 3', 'Anchor 4: clearly strong'];
  for (const [i, text] of anchors.entries())
    await dialog.getByLabel(new RegExp(`^${anchorLabels[i]}`)).fill(text);
  await dialog.getByRole('checkbox', { name: 'Senior' }).check();
  await dialog.getByRole('checkbox', { name: 'Onsite' }).check();
  await dialog.getByLabel(/Focus attributes/).pressSequentially('async-failure-modes');
  await app.page.keyboard.press('Enter');
  await dialog.getByRole('button', { name: 'Save question' }).click();
  await expect(dialog).toBeHidden();
  await expect(bank.detailHeading()).toHaveText('Queues in anger');

  await bank.button('Edit').click();
  const edit = app.page.getByRole('dialog', { name: 'Edit question' });
  await edit.getByLabel('Topic', { exact: true }).fill('Queues under load');
  await edit.getByRole('button', { name: 'Save question' }).click();
  await expect(edit).toBeHidden();
  await expect(bank.detailHeading()).toHaveText('Queues under load');

  await bank.searchFor('zanzibar');
  await expect(bank.total).toHaveText(/^1 question/);
  await bank.button('Delete').click();
  await expect(bank.total).toHaveText(/^0 questions/);
  await bank.button('Undo').click();
  await expect(bank.total).toHaveText(/^1 question/);
  await expect(bank.options().first()).toContainText('Queues under load');
});

test('import a CSV through the file picker with a preview, then find what came in', async ({
  app,
}, testInfo) => {
  const bank = new QuestionBankPage(app.page);
  await app.goTo('Question bank');
  const file = testInfo.outputPath('spreadsheet-bank.csv');
  fs.writeFileSync(
    file,
    [
      'Category,Topic,Question,Strong answer,Levels',
      'technical,Feature flags,"How did you retire a feature flag nobody owned?","Finds the owner, measures usage, removes it in steps.",mid',
      'technical,Feature flags,,"A row without a question",mid',
    ].join('\n'),
  );
  await app.page.getByLabel('Choose a file to import').setInputFiles(file);
  const preview = app.page.getByRole('dialog', { name: 'Import preview' });
  await expect(preview).toContainText('spreadsheet-bank.csv');
  await expect(preview.getByRole('list', { name: 'Invalid rows' })).toContainText('Row 3');
  await expect(preview.getByRole('table').first()).toContainText('retire a feature flag');
  await preview.getByRole('button', { name: 'Apply import' }).click();
  await expect(preview).toBeHidden();
  await expect(app.page.getByText(/Imported spreadsheet-bank\.csv: 1 new/)).toBeVisible();
  await bank.searchFor('retire flag');
  await expect(bank.total).toHaveText(/^1 question/);
  await expect(bank.options().first()).toContainText('Feature flags');
});

test('export the bank and import the file again: nothing changes', async ({ app }, testInfo) => {
  const bank = new QuestionBankPage(app.page);
  await app.goTo('Question bank');
  await expect(bank.total).toHaveText(/^[\d,]+ questions/);
  const before = (await bank.total.textContent()) ?? '';
  const [download] = await Promise.all([
    app.page.waitForEvent('download'),
    bank.button('Export JSON').click(),
  ]);
  const file = path.join(testInfo.outputPath(), download.suggestedFilename());
  await download.saveAs(file);
  const exported = JSON.parse(fs.readFileSync(file, 'utf8')) as { format: string; questions: unknown[] };
  expect(exported.format).toBe('reqdesk-exchange');
  expect(exported.questions.length).toBe(Number(before.replace(/\D+$/, '').replace(/,/g, '').split(' ')[0]));

  await app.page.getByLabel('Choose a file to import').setInputFiles(file);
  const preview = app.page.getByRole('dialog', { name: 'Import preview' });
  await expect(preview).toContainText(download.suggestedFilename());
  await expect(preview.getByRole('alert')).toHaveText(
    'Nothing in this file would change your question bank.',
  );
  await expect(preview.getByRole('button', { name: 'Apply import' })).toBeDisabled();
  await preview.getByRole('button', { name: 'Cancel' }).click();
  await expect(preview).toBeHidden();
  await expect(bank.total).toHaveText(before);
});
