import { expect, type Locator, type Page } from '@playwright/test';

/** Settings > Data: where the data is, the backups and restore. */
export class DataPage {
  constructor(readonly page: Page) {}

  get lastBackup(): Locator {
    return this.page.getByTestId('last-backup');
  }

  get backups(): Locator {
    return this.page.getByRole('table', { name: 'Backups' });
  }

  async backUpNow(): Promise<void> {
    await this.page.getByRole('button', { name: 'Back up now' }).click();
    await expect(this.page.getByText(/Backup taken and verified/)).toBeVisible();
  }

  /** Restores the backup in row `index` (0: newest) after reading what the dialog says. */
  async restore(index: number): Promise<Locator> {
    await this.backups
      .getByRole('button', { name: /^Restore the backup of/ })
      .nth(index)
      .click();
    const dialog = this.page.getByRole('dialog', { name: 'Restore this backup?' });
    await expect(dialog).toBeVisible();
    return dialog;
  }
}
