import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// One timeout policy for the whole suite (inline projects do not inherit the root's test
// options, so each project takes it): generous enough for a busy 2-core machine, where a
// jsdom render or a LibreOffice read-back can take seconds; a hang still fails.
const timeouts = { testTimeout: 60_000, hookTimeout: 60_000 };

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'core',
          environment: 'node',
          include: ['test/core/**/*.test.ts', 'test/electron/**/*.test.ts'],
          ...timeouts,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['test/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['test/renderer/setup.ts'],
          ...timeouts,
        },
      },
    ],
  },
});
