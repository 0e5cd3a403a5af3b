import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// One timeout policy for the whole suite (inline projects do not inherit the root's test
// options, so each project takes it): generous enough for a busy 2-core machine, where a
// jsdom render or a LibreOffice read-back can take seconds (a long DOCX read back through
// LibreOffice took minutes under load); a hang still fails. No test sets its own.
const timeouts = { testTimeout: 240_000, hookTimeout: 240_000 };

// The tests that kill or race child processes hundreds of times: minutes of real work each,
// so they are a project of their own (`vitest run --project processes`), with a budget to
// match. A plain `vitest run` (and so `npm test` and CI) runs them with the rest.
const processTests = [
  'test/core/interviews/crash.test.ts',
  'test/core/backup/kill.test.ts',
  'test/core/db/atomic-migrations.test.ts',
  'test/core/db/two-processes.test.ts',
];

export default defineConfig({
  test: {
    // A worker per core. Vitest's default keeps one core for itself, which on a 2-core machine
    // runs every file one after another; once the first files are transformed its own process
    // is mostly idle.
    maxWorkers: '100%',
    projects: [
      {
        test: {
          name: 'core',
          environment: 'node',
          include: ['test/core/**/*.test.ts', 'test/electron/**/*.test.ts'],
          exclude: processTests,
          // One worker process runs file after file with its modules loaded once: importing the
          // core afresh for each of ~100 files was more CPU than most of their tests. The core
          // keeps no state between calls beyond read-only caches, and each test opens its own
          // database, so files cannot see each other.
          isolate: false,
          ...timeouts,
        },
      },
      {
        test: {
          name: 'processes',
          environment: 'node',
          include: processTests,
          testTimeout: 600_000,
          hookTimeout: 120_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['test/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['test/renderer/setup.ts'],
          // As for the core: modules and the jsdom window load once per worker. Each file's
          // set-up starts from a fresh page (resetPage in the app harness).
          isolate: false,
          ...timeouts,
        },
      },
    ],
  },
});
