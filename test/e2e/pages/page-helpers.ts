import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Presses Tab (at most `limit` times) until `target` has focus: the keyboard path a person
 * takes through a form, which also proves the field can be reached that way.
 */
export async function tabTo(page: Page, target: Locator, limit: number): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** The save state an autosaving screen shows (ui/SaveStateText.tsx and its kin). */
export function saveStateOf(page: Page): Locator {
  return page.locator('[data-save-state]');
}

/** Waits until the screen's save state says saved. */
export async function waitUntilSaved(page: Page): Promise<void> {
  await expect(saveStateOf(page)).toHaveAttribute('data-save-state', 'saved');
}
