import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { OLD_JD } from '../support/old-jd';
import { expect, test } from './fixtures';
import { IntakePage } from './pages/intake-page';
import { JdPage } from './pages/jd-page';

test('a JD made from an intake: a finding fixed by its rewrite raises the score; DOCX and PDF export', async ({
  app,
}) => {
  const { page } = app;
  const intake = new IntakePage(page);
  const jd = new JdPage(page);

  await expect(app.heading()).toHaveText('Roles');
  await page.keyboard.press('n');
  await expect(intake.field('Owns in week one')).toBeFocused();
  await page.keyboard.type('The shipment tracking API and its webhooks');
  await intake.typeInto('Named service or system', 'Shipment tracking API');
  await intake.typeInto('Its scale', '3 million events a day');
  await intake.typeInto('Title', 'Senior Backend Engineer', 12);
  await intake.typeInto('Qualifier', 'Go');
  await intake.choose('Level', 'Senior');
  await intake.typeInto('Company', 'Harbor Freight Data', 12);
  await intake.typeInto('City', 'Denver', 20);
  await intake.typeInto('State', 'CO');
  await intake.waitUntilSaved();

  await jd.open();
  expect(page.url()).toMatch(/#\/roles\/[0-9a-f-]{36}\/jd$/);
  await expect(jd.input('title')).toHaveValue(/Senior Backend Engineer/);
  await expect(jd.preview.getByRole('heading', { level: 2 })).toContainText('Senior Backend Engineer');

  // A hype word typed into the text turns up as a finding with a rewrite.
  await jd.input('about').click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(' You will be our rockstar.');
  const finding = jd.finding('jargon');
  await expect(finding).toBeVisible();
  await expect(finding).toContainText('rockstar');
  const before = await jd.scoreValue();

  // Clicking the finding selects its span in the section.
  await finding.getByRole('button', { name: /Show in the text/ }).click();
  await expect(jd.input('about')).toBeFocused();
  expect(
    await jd
      .input('about')
      .evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd)),
  ).toBe('rockstar');

  await finding.getByRole('button', { name: /Apply fix/ }).click();
  await expect(jd.input('about')).toHaveValue(/You will be our experienced engineer\.$/);
  // The fix is an edit like any other: the text area's undo takes it back, redo brings it again.
  await expect(jd.input('about')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(jd.input('about')).toHaveValue(/You will be our rockstar\.$/);
  await page.keyboard.press('ControlOrMeta+Shift+Z');
  await expect(jd.input('about')).toHaveValue(/You will be our experienced engineer\.$/);
  await expect(jd.finding('jargon')).toHaveCount(0);
  await expect.poll(() => jd.scoreValue()).toBeGreaterThan(before);
  await expect(jd.saveStatus).toHaveAttribute('data-save-state', 'saved');

  // Export: Word, then PDF; leftover placeholders are asked about first.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reqdesk-jd-e2e-'));
  const exportOne = async (label: string) => {
    const file = await jd.exportAs(label);
    const target = path.join(dir, file.suggestedFilename());
    await file.saveAs(target);
    return target;
  };
  try {
    const docx = await exportOne('Word document (.docx)');
    expect(docx).toMatch(/\.docx$/);
    expect(fs.readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
    const pdf = await exportOne('PDF');
    expect(pdf).toMatch(/\.pdf$/);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    expect(text.replace(/\s+/g, ' ')).toContain('Senior Backend Engineer');
    expect(text).toContain('experienced engineer');
    // Each export keeps a snapshot.
    await expect(jd.versions.getByRole('listitem')).toHaveCount(2);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('an old JD pasted in is split, checked and converted into a role spec with a to-do list', async ({
  app,
}) => {
  const { page } = app;
  const jd = new JdPage(page);
  const intake = new IntakePage(page);

  await app.runPaletteAction('Import an old JD');
  await expect(jd.importDialog).toBeVisible();
  await jd.importText.fill(OLD_JD);
  await expect(jd.sectionsFound).toContainText('Backend Developer (Java)');
  await expect(jd.importScore).toHaveText(/\d+ \/ 100/);
  await expect(jd.importDialog.locator('[data-finding="other-duties"]')).toBeVisible();

  await jd.importDialog.getByRole('button', { name: 'Convert to role spec' }).click();
  await expect(jd.importDialog).toBeHidden();
  await expect(intake.field('Title')).toHaveValue('Backend Developer');
  await expect(jd.todo).toBeVisible();
  await expect(jd.todo.getByRole('listitem').first()).toBeVisible();
  await expect(intake.roleList.getByRole('button', { name: /^Backend Developer/ })).toBeVisible();
});
