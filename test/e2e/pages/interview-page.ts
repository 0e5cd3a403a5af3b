import { expect, type Locator, type Page } from '@playwright/test';
import { saveStateOf, tabTo, waitUntilSaved } from './page-helpers';

/** The Interviews area: the start form, live mode and the scorecard. */
export class InterviewPage {
  constructor(readonly page: Page) {}

  get startForm(): Locator {
    return this.page.getByRole('form', { name: 'Start an interview' });
  }

  get live(): Locator {
    return this.page.getByTestId('live-interview');
  }

  get position(): Locator {
    return this.page.getByTestId('question-position');
  }

  get question(): Locator {
    return this.page.locator('#live-question');
  }

  get evidence(): Locator {
    return this.page.getByRole('textbox', { name: 'Evidence' });
  }

  get judgement(): Locator {
    return this.page.getByRole('textbox', { name: 'Judgement' });
  }

  rating(name: RegExp): Locator {
    return this.page.getByRole('group', { name: 'Rating' }).getByRole('button', { name });
  }

  get saveState(): Locator {
    return saveStateOf(this.page);
  }

  async waitUntilSaved(): Promise<void> {
    await waitUntilSaved(this.page);
  }

  get roundClock(): Locator {
    return this.page.getByTestId('round-clock');
  }

  async roundElapsedMs(): Promise<number> {
    return Number(await this.roundClock.getAttribute('data-elapsed-ms'));
  }

  get search(): Locator {
    return this.page.getByRole('combobox', { name: 'Search the question bank' });
  }

  get scorecardStatus(): Locator {
    return this.page.getByTestId('scorecard-status');
  }

  /** Presses Tab (at most `limit` times) until `target` has focus. */
  async tabTo(target: Locator, limit = 12): Promise<void> {
    await tabTo(this.page, target, limit);
  }

  /** Rates the question on screen and writes both notes, by keyboard, then goes back to the question. */
  async rateAndNote(key: string, evidence: string, judgement: string): Promise<void> {
    const { keyboard } = this.page;
    await keyboard.press(key);
    await keyboard.press('n');
    await expect(this.evidence).toBeFocused();
    await keyboard.type(evidence);
    await keyboard.press('Tab');
    await expect(this.judgement).toBeFocused();
    await keyboard.type(judgement);
    await keyboard.press('Escape');
    await expect(this.question).toBeFocused();
  }

  /** Picks a level in a radio group by keyboard: Tab into it, then the arrows. */
  async chooseRadio(first: Locator, steps: number): Promise<void> {
    await this.tabTo(first, 20);
    await this.page.keyboard.press('Space');
    for (let i = 0; i < steps; i += 1) await this.page.keyboard.press('ArrowDown');
  }
}
