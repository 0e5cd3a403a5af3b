import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests drive the real renderer against the real core and a real SQLite file.
 * Project "preview": Debian's Chromium against `electron/preview` (works everywhere).
 * Project "electron": the same specs through Playwright's _electron, where the Electron
 * binary exists (skipped with a message where it does not, as on CI here).
 */
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  // One budget per test, sized for a busy 2-core CI machine: the accessibility sweep of every
  // area in both themes took 29-33 s there. Specs that type whole interviews set their own.
  timeout: 90_000,
  // A screen that answers in 1 s on a quiet laptop took over 5 s with the CPUs saturated.
  expect: { timeout: 15_000 },
  reporter: 'list',
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure' },
  projects: [
    { name: 'preview', use: {} },
    { name: 'electron', use: {} },
  ],
});
