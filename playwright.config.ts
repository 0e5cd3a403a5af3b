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
  // One budget per test, sized for a 2-core machine shared with other work: at a load average
  // of 15-19 a screen that answers in 1 s on a quiet laptop took over 15 s, and the
  // accessibility sweep of every area in both themes over 90 s. The specs that type whole
  // interviews key by key mark themselves test.slow() (three times this budget); none sets its own.
  timeout: 180_000,
  expect: { timeout: 30_000 },
  reporter: 'list',
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure' },
  projects: [
    { name: 'preview', use: {} },
    { name: 'electron', use: {} },
  ],
});
