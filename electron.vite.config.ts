import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

/**
 * The dev server's React refresh preamble is an inline script, which the strict CSP of
 * renderer/index.html forbids. Only while serving (never in a build) the policy is widened
 * so hot reload works; the built app keeps script-src 'self'.
 */
function devOnlyCsp(): Plugin {
  return {
    name: 'reqdesk-dev-only-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws: http://localhost:*"),
  };
}

export default defineConfig({
  main: {
    build: {
      externalizeDeps: true,
      rollupOptions: {
        input: {
          index: resolve('electron/main/index.ts'),
          // Word files are parsed in a worker thread (electron/core/files/isolated.ts looks
          // for this file beside the bundle).
          'docx-worker': resolve('electron/core/jd/docx-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      externalizeDeps: true,
      // A sandboxed preload must be one CommonJS file.
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    build: { rollupOptions: { input: { index: resolve('renderer/index.html') } } },
    plugins: [react(), devOnlyCsp()],
  },
});
