import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, screen, session, shell } from 'electron';
import { withStyleNonce } from '../../shared/content-security';
import { IPC_INVOKE } from '../../shared/ipc';
import { OPENED_FILE_EVENT } from '../../shared/opened-file';
import { resolveDatabasePath } from '../core/app/paths';
import { startBackupSchedule } from '../core/backup/schedule';
import type { CoreContext, SaveRequest } from '../core/context';
import { writeFileAtomic } from '../core/files/write-atomic';
import { openCore } from '../core/open-core';
import { appRequestTarget, appResponseHeaders } from './app-protocol';
import { handleInvoke } from './ipc';
import { menuTemplate } from './menu';
import { nativeBindingFor } from './native-binding';
import { OPEN_DIALOG_FILTERS, OpenedFileInbox, openableFileArgs, readOpenedFile } from './opened-files';
import { APP_ENTRY_URL, APP_SCHEME, isAllowedNavigation } from './origin';
import { folderOf, saveDialogOptions } from './save-dialog';
import { describeStartupFailure } from './startup-failure';
import { closeChosen, UNSAVED_CHANGES_DIALOG } from './unload-prompt';
import { createWindowOptions } from './window-options';
import { parseWindowState, restoreBounds, type WindowState } from './window-state';

// electron-vite sets this in `npm run dev`; it is never set in a packaged app.
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const rendererRoot = path.join(__dirname, '../renderer');
const windowStateFile = () => path.join(app.getPath('userData'), 'window-state.json');

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

if (!app.requestSingleInstanceLock()) app.quit(); // one writer per database file

let core: CoreContext | null = null;
let mainWindow: BrowserWindow | null = null;
const openedFiles = new OpenedFileInbox();

/**
 * A Reqdesk file handed over by the OS or File > Open: read here, kept until the window asks
 * for it through the one invoke channel (so it is checked like any picked file), and the
 * window is told one is waiting. The nudge carries no data; a window still loading asks
 * anyway once it is ready.
 */
function deliverOpenedFile(file: string): void {
  openedFiles.push(readOpenedFile(file));
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
  void mainWindow.webContents
    .executeJavaScript(`window.dispatchEvent(new Event(${JSON.stringify(OPENED_FILE_EVENT)}))`)
    .catch(() => undefined);
}

async function chooseFileToOpen(): Promise<void> {
  const options = { properties: ['openFile' as const], filters: OPEN_DIALOG_FILTERS };
  const result = mainWindow
    ? await dialog.showOpenDialog(mainWindow, options)
    : await dialog.showOpenDialog(options);
  for (const file of result.canceled ? [] : result.filePaths) deliverOpenedFile(file);
}

function serveRenderer(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const target = appRequestTarget(rendererRoot, request.method, request.url);
    if (target.kind === 'refused') return new Response(target.reason, { status: target.status });
    const nonce = randomBytes(16).toString('base64');
    const headers = new Headers(appResponseHeaders(target.contentType, nonce));
    if (target.path.endsWith('index.html')) {
      const page = withStyleNonce(await fs.promises.readFile(target.path, 'utf8'), nonce);
      return new Response(page, { status: 200, headers });
    }
    const response = await net.fetch(pathToFileURL(target.path).toString());
    return new Response(response.body, { status: response.status, headers });
  });
}

/** Denies every permission (camera, notifications, geolocation...): the app needs none. */
function lockDownSession(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}

/** Applies to every web contents ever created: no navigation away, no new windows, no webviews. */
function guardWebContents(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAllowedNavigation(url, devServerUrl)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAllowedNavigation(url, devServerUrl)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}

function readWindowState(): WindowState | null {
  try {
    return parseWindowState(fs.readFileSync(windowStateFile(), 'utf8'));
  } catch {
    return null;
  }
}

function rememberWindowState(win: BrowserWindow): void {
  const state: WindowState = { bounds: win.getNormalBounds(), maximized: win.isMaximized() };
  try {
    writeFileAtomic(windowStateFile(), JSON.stringify(state));
  } catch (error) {
    console.warn('[main] could not save the window position:', error);
  }
}

function createMainWindow(): BrowserWindow {
  const saved = readWindowState();
  const bounds = restoreBounds(
    saved,
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const win = new BrowserWindow(
    createWindowOptions({
      preloadPath: path.join(__dirname, '../preload/index.cjs'),
      bounds,
      backgroundColor: '#1a1b1e',
    }),
  );
  win.once('ready-to-show', () => {
    if (saved?.maximized) win.maximize();
    win.show();
  });
  win.on('close', () => rememberWindowState(win));
  // The renderer holds a close while a save is on its way: ask, instead of closing nothing.
  win.webContents.on('will-prevent-unload', (event) => {
    if (closeChosen(dialog.showMessageBoxSync(win, UNSAVED_CHANGES_DIALOG))) event.preventDefault();
  });
  void win.loadURL(devServerUrl ?? APP_ENTRY_URL);
  return win;
}

function showAbout(): void {
  const info = core
    ? `Version ${app.getVersion()}\nDatabase: ${core.database.path}\nSchema version ${core.database.schemaVersion}`
    : `Version ${app.getVersion()}`;
  void dialog.showMessageBox({ type: 'info', title: 'About Reqdesk', message: 'Reqdesk', detail: info });
}

let saveFolder: string | null = null;

/** The save dialog for document exports, over the main window; null when the person cancels. */
async function chooseSavePath(request: SaveRequest): Promise<string | null> {
  saveFolder ??= app.getPath('documents');
  const options = saveDialogOptions(request, saveFolder);
  const result = mainWindow
    ? await dialog.showSaveDialog(mainWindow, options)
    : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return null;
  saveFolder = folderOf(result.filePath);
  return result.filePath;
}

async function start(): Promise<void> {
  const databasePath = resolveDatabasePath(undefined);
  try {
    core = await openCore(databasePath, {
      transport: 'electron',
      nativeBinding: nativeBindingFor(app.isPackaged, process.resourcesPath, process.env),
      chooseSavePath,
      // The core names only paths it knows (the database, its backups); the shell shows them.
      showInFolder: (target) => shell.showItemInFolder(target),
    });
  } catch (error) {
    const failure = describeStartupFailure(error, databasePath);
    dialog.showErrorBox(failure.title, failure.message);
    app.exit(1);
    return;
  }
  const ctx = core;
  ctx.takeOpenedFile = () => openedFiles.take();
  // A double-click on Windows and Linux starts the app with the file's path as an argument.
  for (const file of openableFileArgs(process.argv.slice(1), process.cwd())) deliverOpenedFile(file);
  startBackupSchedule(ctx);
  ipcMain.handle(IPC_INVOKE, (event, channel: unknown, input: unknown) =>
    handleInvoke(ctx, event.senderFrame?.url, channel, input, devServerUrl),
  );
  serveRenderer();
  lockDownSession();
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate(process.platform, !app.isPackaged, {
        about: showAbout,
        openFile: () => void chooseFileToOpen(),
        openDataFolder: () => void shell.openPath(path.dirname(databasePath)),
      }),
    ),
  );
  mainWindow = createMainWindow();
}

guardWebContents();
app.on('second-instance', (_event, argv, workingDirectory) => {
  if (mainWindow?.isMinimized()) mainWindow.restore();
  mainWindow?.focus();
  // A double-click while Reqdesk runs starts a second instance that quits at once; its file comes here.
  for (const file of openableFileArgs(argv.slice(1), workingDirectory)) deliverOpenedFile(file);
});
// macOS hands files over with this event, possibly before the app is ready.
app.on('open-file', (event, file) => {
  event.preventDefault();
  deliverOpenedFile(file);
});
app.on('activate', () => {
  if (core && BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow();
});
app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
app.on('will-quit', () => {
  void core?.database.close();
});
app
  .whenReady()
  .then(start)
  .catch((error: unknown) => {
    dialog.showErrorBox('Reqdesk could not start', String(error));
    app.exit(1);
  });
