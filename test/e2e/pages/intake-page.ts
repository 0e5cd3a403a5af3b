import { expect, type Locator, type Page } from '@playwright/test';
import { saveStateOf, tabTo, waitUntilSaved } from './page-helpers';

/** The Roles area: the list of roles, the intake form and its side panels. */
export class IntakePage {
  constructor(readonly page: Page) {}

  get form(): Locator {
    return this.page.getByRole('form', { name: 'Intake' });
  }

  field(label: string | RegExp): Locator {
    return this.form.getByLabel(label, { exact: typeof label === 'string' });
  }

  get saveStatus(): Locator {
    return saveStateOf(this.page);
  }

  async waitUntilSaved(): Promise<void> {
    await waitUntilSaved(this.page);
  }

  get advisor(): Locator {
    return this.page.getByRole('region', { name: 'Comp advisor' });
  }

  get recommendedBand(): Locator {
    return this.advisor.getByTestId('recommended-band');
  }

  warning(id: string): Locator {
    return this.advisor.locator(`[data-warning="${id}"]`);
  }

  get roleList(): Locator {
    return this.page.getByRole('navigation', { name: 'Roles' });
  }

  /**
   * Presses Tab (at most `limit` times) until `target` has focus: the keyboard path a person
   * takes through the form, which also proves the field can be reached that way.
   */
  async tabTo(target: Locator, limit = 8): Promise<void> {
    await tabTo(this.page, target, limit);
  }

  /** Tabs to a field and types into it. */
  async typeInto(label: string | RegExp, text: string, limit?: number): Promise<void> {
    await this.tabTo(this.field(label), limit);
    await this.page.keyboard.type(text);
  }

  /** Tabs to a select and picks an option by typing its first letters, as on any native select. */
  async choose(label: string, optionText: string): Promise<void> {
    const select = this.field(label);
    await this.tabTo(select);
    await this.page.keyboard.type(optionText);
    await expect(select.locator('option:checked')).toHaveText(optionText);
  }

  /** Tabs to a tag input and adds each entry with Enter. */
  async addTags(label: string, tags: string[]): Promise<void> {
    await this.tabTo(this.field(label), 12);
    for (const tag of tags) {
      await this.page.keyboard.type(tag);
      await this.page.keyboard.press('Enter');
    }
  }
}
