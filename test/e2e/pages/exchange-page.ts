import path from 'node:path';
import { type Download, expect, type Locator, type Page } from '@playwright/test';

/** Files between laptops: the interview pack, the returned scorecard, and "Import file…". */
export class ExchangePage {
  constructor(readonly page: Page) {}

  importDialog(fileName: string): Locator {
    return this.page.getByRole('dialog', { name: `Import ${fileName}` });
  }

  /** On a candidate's page: "Interview pack" for one round and interviewer, saved where the test says. */
  async exportPack(roundName: string, interviewer: string, folder: string): Promise<string> {
    await this.page.getByRole('button', { name: 'Interview pack' }).click();
    const dialog = this.page.getByRole('dialog', { name: /^Interview pack for / });
    await dialog.getByRole('combobox', { name: 'Round' }).click();
    await this.page.getByRole('option', { name: roundName }).click();
    await expect(dialog.getByRole('combobox', { name: 'Round' })).toHaveValue(roundName);
    await dialog.getByRole('textbox', { name: 'Interviewer' }).fill(interviewer);
    const download = this.page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export the pack' }).click();
    const file = await this.saveDownload(await download, folder);
    await expect(dialog.getByRole('status')).toContainText(`Send it to ${interviewer}.`);
    await this.page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    return file;
  }

  /** On a candidate's page: "Export scorecard" beside the submitted one. */
  async exportScorecard(folder: string): Promise<string> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Export scorecard' }).click();
    return this.saveDownload(await download, folder);
  }

  /** "Import file…" through the file picker, the dry run read, then Import; returns the dialog. */
  async importThroughPicker(file: string): Promise<Locator> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Import file…' }).first().click();
    await (await chooser).setFiles(file);
    const dialog = this.importDialog(path.basename(file));
    await expect(dialog.getByTestId('exchange-summary')).toContainText(
      'Nothing is written until you import.',
    );
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(dialog.getByTestId('exchange-summary')).toContainText(/^Imported\./);
    return dialog;
  }

  /** Keeps the name the app suggested: its ending is what tells the importer the kind. */
  private async saveDownload(download: Download, folder: string): Promise<string> {
    const file = path.join(folder, download.suggestedFilename());
    await download.saveAs(file);
    return file;
  }
}
