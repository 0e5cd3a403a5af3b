import { expect, type Locator, type Page } from '@playwright/test';

/** The question bank as a recruiter sees it: search, facets, the list, the detail pane, the forms. */
export class QuestionBankPage {
  constructor(readonly page: Page) {}

  get search(): Locator {
    return this.page.getByRole('searchbox', { name: 'Search questions' });
  }

  get list(): Locator {
    return this.page.getByRole('listbox', { name: 'Questions' });
  }

  options(): Locator {
    return this.list.getByRole('option');
  }

  get total(): Locator {
    return this.page.getByTestId('question-total');
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  detailHeading(): Locator {
    return this.page.getByRole('heading', { level: 2 }).first();
  }

  get form(): Locator {
    return this.page.getByRole('dialog');
  }

  field(label: string): Locator {
    return this.form.getByLabel(label, { exact: true });
  }

  async searchFor(text: string): Promise<void> {
    await this.search.fill(text);
    await expect(this.options().first()).toBeVisible();
  }
}
