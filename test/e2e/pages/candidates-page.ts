import { expect, type Locator, type Page } from '@playwright/test';

/** The Candidates area: the list, the add/edit form and the delete confirmation. */
export class CandidatesPage {
  constructor(readonly page: Page) {}

  get table(): Locator {
    return this.page.getByRole('table', { name: 'Candidates' });
  }

  row(name: string): Locator {
    return this.table.getByRole('row', { name: new RegExp(name) });
  }

  form(mode: 'New candidate' | 'Edit candidate' = 'New candidate'): Locator {
    return this.page.getByRole('form', { name: mode });
  }

  field(label: string): Locator {
    return this.form().getByLabel(label, { exact: false });
  }

  deleteDialog(name: string): Locator {
    return this.page.getByRole('dialog', { name: `Delete ${name}?` });
  }

  async add(fields: { name: string; email?: string; source?: string; stage?: string }): Promise<void> {
    await this.page.getByRole('button', { name: 'Add a candidate' }).click();
    await expect(this.form()).toBeVisible();
    await expect(this.form().getByRole('textbox', { name: /^Name/ })).toBeFocused();
    await this.page.keyboard.type(fields.name);
    if (fields.email)
      await this.form()
        .getByRole('textbox', { name: /^Email/ })
        .fill(fields.email);
    if (fields.source)
      await this.form()
        .getByRole('textbox', { name: /^Source/ })
        .fill(fields.source);
    if (fields.stage)
      await this.form()
        .getByRole('combobox', { name: /^Stage/ })
        .selectOption({ label: fields.stage });
    await this.form().getByRole('button', { name: 'Add candidate' }).click();
    await expect(this.form()).toBeHidden();
  }
}
