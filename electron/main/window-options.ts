import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';

export interface WindowOptionsInput {
  preloadPath: string;
  bounds: Rectangle | null;
  backgroundColor: string;
}

export const MIN_WINDOW = { width: 960, height: 600 } as const;
export const DEFAULT_WINDOW = { width: 1280, height: 820 } as const;

/**
 * The one place a BrowserWindow's options are made. The web preferences are the Electron
 * security checklist: sandboxed renderer, isolated context, no Node, web security on, no
 * <webview>, no insecure content. Each is written out even where it is Electron's default,
 * so a changed default can never weaken the app silently.
 */
export function createWindowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    ...(input.bounds ?? DEFAULT_WINDOW),
    minWidth: MIN_WINDOW.width,
    minHeight: MIN_WINDOW.height,
    title: 'Reqdesk',
    show: false, // shown on ready-to-show, so there is no white flash
    backgroundColor: input.backgroundColor,
    webPreferences: {
      preload: input.preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: true,
    },
  };
}
