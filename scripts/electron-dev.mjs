#!/usr/bin/env node
// `npm run dev`: gets Electron's binary and the Electron build of the SQLite addon on first
// use (scripts/electron-native.mjs), then starts electron-vite in dev mode with the app
// pointed at that addon. node_modules keeps its Node build, so tests keep working.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureElectronNative } from './electron-native.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

let binding;
try {
  binding = ensureElectronNative(root);
} catch (error) {
  console.error(`dev: ${error.message}`);
  process.exit(1);
}

const child = spawn(
  process.execPath,
  [path.join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'dev', ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit', env: { ...process.env, REQDESK_NATIVE_BINDING: binding } },
);
child.on('exit', (code) => process.exit(code ?? 1));
