import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Browser, test as base, chromium, _electron as electron, type Page } from '@playwright/test';
import { AppPage } from './pages/app-page';

export const CHROMIUM_PATH = process.env.REQDESK_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

interface Preview {
  url: string;
  process: ChildProcess;
}

/** Starts `electron/preview` exactly as `npm run preview` does, on a free port, with its own file. */
async function startPreview(dbPath: string): Promise<Preview> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'electron/preview/index.ts', '--db', dbPath, '--port', '0'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  // Starting means compiling the preview with tsx: on a loaded machine that alone takes tens of seconds.
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`preview did not start:\n${output}`)), 120_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/preview on (http:\/\/127\.0\.0\.1:\d+\/)/);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`preview exited with ${code}:\n${output}`));
    });
  });
  return { url, process: child };
}

function stopPreview(preview: Preview): Promise<void> {
  return new Promise((resolve) => {
    if (preview.process.exitCode !== null) return resolve();
    preview.process.once('exit', () => resolve());
    preview.process.kill('SIGTERM');
  });
}

/** The Electron build of the SQLite addon that `npm run dev` (scripts/electron-native.mjs) keeps. */
const ELECTRON_NATIVE_BINDING = path.resolve('.electron-native/current/better_sqlite3.node');

function electronBinaryPresent(): boolean {
  try {
    const pathFile = path.resolve('node_modules/electron/path.txt');
    const relative = fs.readFileSync(pathFile, 'utf8').trim();
    return (
      fs.existsSync(path.resolve('node_modules/electron/dist', relative)) &&
      fs.existsSync(ELECTRON_NATIVE_BINDING)
    );
  } catch {
    return false;
  }
}

interface AppFixtures {
  /** The database file this test's app uses (its own, new for every test). */
  dbPath: string;
  app: AppPage;
  /**
   * A second laptop for exchange between installs: its own preview server on its own database
   * file, in its own browser context (preview project only).
   */
  otherLaptop: AppPage;
}

/** A preview on `dbPath` and a fresh browser context on it, with the app loaded. */
async function openPreviewApp(
  browser: Browser,
  dbPath: string,
): Promise<{ appPage: AppPage; close: () => Promise<void> }> {
  const preview = await startPreview(dbPath);
  // axe needs a page from its own context, not browser.newPage().
  const context = await browser.newContext();
  const page = await context.newPage();
  const appPage = new AppPage(page, dbPath, preview.url);
  await appPage.open();
  return {
    appPage,
    close: async () => {
      await context.close();
      await stopPreview(preview);
    },
  };
}

export const test = base.extend<AppFixtures, { chromiumBrowser: Browser | null }>({
  chromiumBrowser: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern
    async ({}, use, workerInfo) => {
      if (workerInfo.project.name !== 'preview') return use(null);
      const browser = await chromium.launch({
        executablePath: CHROMIUM_PATH,
        headless: true,
        args: CHROMIUM_ARGS,
      });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],

  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern
  dbPath: async ({}, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reqdesk-e2e-'));
    await use(path.join(dir, 'reqdesk.sqlite'));
    fs.rmSync(dir, { recursive: true, force: true });
  },

  app: async ({ chromiumBrowser, dbPath }, use, testInfo) => {
    if (testInfo.project.name === 'electron') {
      test.skip(
        !electronBinaryPresent(),
        'Electron and its SQLite addon are not installed on this machine (they cannot be downloaded here); run `npm run dev` once on a machine with internet, then `npx playwright test --project electron`.',
      );
      const app = await electron.launch({
        args: ['out/main/index.js'],
        env: { ...process.env, REQDESK_DB: dbPath, REQDESK_NATIVE_BINDING: ELECTRON_NATIVE_BINDING },
      });
      const page: Page = await app.firstWindow();
      const appPage = new AppPage(page, dbPath);
      await appPage.waitUntilReady();
      await use(appPage);
      await app.close();
      return;
    }
    if (!chromiumBrowser) throw new Error('no browser for the preview project');
    const { appPage, close } = await openPreviewApp(chromiumBrowser, dbPath);
    await use(appPage);
    await close();
  },

  otherLaptop: async ({ chromiumBrowser }, use) => {
    test.skip(
      !chromiumBrowser,
      'A second laptop is a second preview server; the electron project has one app.',
    );
    if (!chromiumBrowser) return;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reqdesk-e2e-other-'));
    const { appPage, close } = await openPreviewApp(chromiumBrowser, path.join(dir, 'reqdesk.sqlite'));
    await use(appPage);
    await close();
    fs.rmSync(dir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
