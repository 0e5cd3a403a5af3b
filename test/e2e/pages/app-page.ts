import { expect, type Locator, type Page } from '@playwright/test';

export const AREAS = [
  { name: 'Roles', hash: '#/roles', key: '1' },
  { name: 'Question bank', hash: '#/questions', key: '2' },
  { name: 'Interviews', hash: '#/interviews', key: '3' },
  { name: 'Candidates', hash: '#/candidates', key: '4' },
  { name: 'Settings', hash: '#/settings', key: '5' },
] as const;

export type AreaName = (typeof AREAS)[number]['name'];

/** The app shell as a person sees it: the sidebar, the area heading, the palette, the About panel. */
export class AppPage {
  constructor(
    readonly page: Page,
    readonly dbPath: string,
    readonly url?: string,
  ) {}

  async open(): Promise<void> {
    if (!this.url) throw new Error('no preview URL');
    await this.page.goto(this.url);
    await this.waitUntilReady();
  }

  async waitUntilReady(): Promise<void> {
    await expect(this.page.locator('html')).toHaveAttribute('data-app-state', 'ready');
  }

  get sidebar(): Locator {
    return this.page.getByRole('navigation');
  }

  navLink(area: AreaName): Locator {
    return this.sidebar.getByRole('link', { name: area, exact: true });
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  async goTo(area: AreaName): Promise<void> {
    await this.navLink(area).click();
    await expect(this.heading()).toHaveText(area);
  }

  /** Ctrl on Linux and Windows, Cmd on macOS: Playwright's ControlOrMeta. */
  async press(keys: string): Promise<void> {
    await this.page.keyboard.press(keys.replace('Mod', 'ControlOrMeta'));
  }

  get palette(): Locator {
    return this.page.getByPlaceholder('Search areas and actions…');
  }

  async runPaletteAction(text: string): Promise<void> {
    await this.press('Mod+K');
    await expect(this.palette).toBeVisible();
    await this.palette.fill(text);
    await this.page.keyboard.press('ArrowDown');
    await this.page.keyboard.press('Enter');
    await expect(this.palette).toBeHidden();
  }

  aboutDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'About Reqdesk' });
  }

  themeControl(): Locator {
    return this.page.getByText('Theme', { exact: true });
  }

  async colorScheme(): Promise<string | null> {
    return this.page.locator('html').getAttribute('data-mantine-color-scheme');
  }
}
