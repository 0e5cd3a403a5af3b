import { type Download, expect, type Locator, type Page } from '@playwright/test';
import { saveStateOf } from './page-helpers';

type SectionId = 'title' | 'about' | 'first90' | 'requirements' | 'compensation' | 'company';

/** A role's "Job description" tab, and the "Import an old JD" dialog. */
export class JdPage {
  constructor(readonly page: Page) {}

  get tab(): Locator {
    return this.page.getByRole('tab', { name: 'Job description' });
  }

  async open(): Promise<void> {
    await this.tab.click();
    await expect(this.score).toBeVisible();
  }

  section(id: SectionId): Locator {
    return this.page.locator(`[data-section="${id}"]`);
  }

  input(id: SectionId): Locator {
    return this.section(id).getByRole('textbox');
  }

  get checks(): Locator {
    return this.page.getByRole('region', { name: 'Checks' }).first();
  }

  get score(): Locator {
    return this.checks.getByTestId('jd-score');
  }

  async scoreValue(): Promise<number> {
    return Number((await this.score.textContent())?.split('/')[0]);
  }

  finding(checkId: string): Locator {
    return this.checks.locator(`[data-finding="${checkId}"]`);
  }

  get preview(): Locator {
    return this.page.getByRole('region', { name: 'Preview' });
  }

  get saveStatus(): Locator {
    return saveStateOf(this.page);
  }

  /**
   * Picks a format from the Export menu and returns the download; when the export asks about
   * leftover placeholders, answers "Export without them".
   */
  async exportAs(label: string): Promise<Download> {
    await this.page.getByRole('button', { name: 'Export', exact: true }).click();
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('menuitem', { name: label, exact: true }).click();
    const ask = this.page.getByRole('dialog', { name: 'Some text is still a placeholder' });
    const first = await Promise.race([
      download.then(() => 'download' as const),
      ask.waitFor().then(() => 'ask' as const),
    ]);
    if (first === 'ask') await ask.getByRole('button', { name: 'Export without them' }).click();
    return download;
  }

  get versions(): Locator {
    return this.page.getByRole('region', { name: 'Exported versions' });
  }

  // The import dialog.

  get importDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Import an old JD' });
  }

  get importText(): Locator {
    return this.importDialog.getByLabel('The old JD');
  }

  get sectionsFound(): Locator {
    return this.importDialog.getByRole('region', { name: 'Sections found' });
  }

  get importScore(): Locator {
    return this.importDialog.getByTestId('jd-score');
  }

  get todo(): Locator {
    return this.page.getByRole('region', { name: 'Made from an old JD' });
  }
}
