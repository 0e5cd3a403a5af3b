import AxeBuilder from '@axe-core/playwright';
import BetterSqlite3 from 'better-sqlite3';
import { expect, test } from './fixtures';
import { AREAS } from './pages/app-page';

test('every area can be reached by mouse', async ({ app }) => {
  for (const area of AREAS) {
    await app.goTo(area.name);
    await expect(app.navLink(area.name)).toHaveAttribute('aria-current', 'page');
    await expect(app.page).toHaveURL(new RegExp(`${area.hash}$`));
  }
});

test('every area can be reached by keyboard, and a reload keeps the area', async ({ app }) => {
  for (const area of [...AREAS].reverse()) {
    await app.press(`Mod+${area.key}`);
    await expect(app.heading()).toHaveText(area.name);
  }
  await app.press('Mod+4');
  await app.page.reload();
  await app.waitUntilReady();
  await expect(app.heading()).toHaveText('Candidates');
});

test('the command palette lists the areas and actions and runs them', async ({ app }) => {
  await app.press('Mod+K');
  await expect(app.palette).toBeFocused();
  for (const label of ['Go to Roles', 'Go to Settings', 'About Reqdesk', 'Use dark theme']) {
    await expect(app.page.getByText(label, { exact: true })).toBeVisible();
  }
  await app.page.keyboard.press('Escape');
  await app.runPaletteAction('Go to Settings');
  await expect(app.heading()).toHaveText('Settings');
});

test('the About panel shows the database this app has open', async ({ app }) => {
  await app.page.getByRole('button', { name: 'About Reqdesk' }).click();
  const dialog = app.aboutDialog();
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(app.dbPath);
  await expect(dialog).toContainText(/3\.\d+\.\d+/); // SQLite version
  await app.page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('a theme chosen in Settings is stored in the database and survives a reload', async ({ app }) => {
  await app.goTo('Settings');
  await app.page.getByRole('radio', { name: 'Dark' }).check({ force: true });
  await expect.poll(() => app.colorScheme()).toBe('dark');
  await expect
    .poll(() => {
      const db = new BetterSqlite3(app.dbPath, { readonly: true });
      try {
        return db.prepare("select value from settings where key = 'theme'").pluck().get();
      } finally {
        db.close();
      }
    })
    .toBe('"dark"');
  await app.page.reload();
  await app.waitUntilReady();
  await expect.poll(() => app.colorScheme()).toBe('dark');
  await app.runPaletteAction('Use light theme');
  await expect.poll(() => app.colorScheme()).toBe('light');
});

test('no serious or critical accessibility violations in any area, in both themes', async ({ app }) => {
  for (const scheme of ['Use light theme', 'Use dark theme']) {
    await app.runPaletteAction(scheme);
    for (const area of AREAS) {
      await app.goTo(area.name);
      const results = await new AxeBuilder({ page: app.page }).analyze();
      const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad.map((v) => `${area.name}: ${v.id} ${v.help} (${v.nodes.length})`)).toEqual([]);
    }
  }
});

test('the content security policy blocks an injected inline script', async ({ app }) => {
  const result = await app.page.evaluate(async () => {
    const reported = new Promise<string>((resolve) =>
      document.addEventListener('securitypolicyviolation', (event) => resolve(event.violatedDirective), {
        once: true,
      }),
    );
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true;';
    document.body.appendChild(script);
    const directive = await reported;
    return { directive, ran: (window as unknown as { __injected?: boolean }).__injected === true };
  });
  expect(result.ran).toBe(false);
  expect(result.directive).toMatch(/^script-src/);
});

test('the page runs under its served Content-Security-Policy with no violation, themed styles applied', async ({
  app,
}) => {
  const violations: string[] = [];
  app.page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  const response = await app.page.reload();
  await app.waitUntilReady();
  const policy = response?.headers()['content-security-policy'] ?? '';
  expect(policy).toMatch(/style-src-elem 'self' 'nonce-[A-Za-z0-9+/=]+'/);
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-/);
  await app.goTo('Settings');
  // The theme's variables (written into a <style> element by the component library) took effect.
  const primary = await app.page.evaluate(() =>
    getComputedStyle(document.documentElement).getPropertyValue('--mantine-color-blue-6').trim(),
  );
  expect(primary).not.toBe('');
  expect(violations).toEqual([]);
});
