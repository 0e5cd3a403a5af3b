import { expect, type Locator, type Page } from '@playwright/test';

/** A role's "Loop and kits" tab: the rounds, the open round's kit and its picker, coverage and calibration. */
export class LoopPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Loop and kits' }).click();
    await expect(this.rounds).toBeVisible();
  }

  get editor(): Locator {
    return this.page.locator('[data-loop-editor]');
  }

  get rounds(): Locator {
    return this.page.getByRole('list', { name: 'Rounds of the loop' });
  }

  round(name: string): Locator {
    return this.rounds.getByRole('listitem', { name, exact: true });
  }

  /** Opens a round's kit below the list. */
  async openKit(round: string): Promise<void> {
    const button = this.page.getByRole('button', { name: new RegExp(`^Kit of ${round}:`) });
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
  }

  picker(round: string): Locator {
    return this.page.getByRole('combobox', { name: `Add a question to ${round}` });
  }

  matches(round: string): Locator {
    return this.page.getByRole('listbox', { name: `Matches for ${round}` }).getByRole('option');
  }

  kitItems(round: string): Locator {
    return this.page.getByRole('list', { name: `Questions in the kit of ${round}` }).getByRole('listitem');
  }

  get kitTotal(): Locator {
    return this.page.getByTestId('kit-total');
  }

  /** Types a search into the focused picker (replacing what was there) and adds the first match with Enter. */
  async addFirstMatch(round: string, text: string): Promise<void> {
    const count = await this.kitItems(round).count();
    await expect(this.picker(round)).toBeFocused();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.type(text);
    await expect(this.matches(round).first()).toContainText(text);
    await expect(this.matches(round).first()).toHaveAttribute('aria-selected', 'true');
    await this.page.keyboard.press('Enter');
    await expect(this.kitItems(round)).toHaveCount(count + 1);
  }
}
