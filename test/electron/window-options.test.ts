import { describe, expect, it } from 'vitest';
import { createWindowOptions, DEFAULT_WINDOW, MIN_WINDOW } from '../../electron/main/window-options';

describe('createWindowOptions', () => {
  const options = createWindowOptions({
    preloadPath: '/app/out/preload/index.cjs',
    bounds: null,
    backgroundColor: '#000',
  });

  it('sets every security default of the Electron checklist explicitly', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    });
  });

  it('opens hidden at the default size, or where the window was last', () => {
    expect(options).toMatchObject({ show: false, ...DEFAULT_WINDOW, minWidth: MIN_WINDOW.width });
    const placed = createWindowOptions({
      preloadPath: 'p',
      bounds: { x: 40, y: 50, width: 1400, height: 900 },
      backgroundColor: '#fff',
    });
    expect(placed).toMatchObject({ x: 40, y: 50, width: 1400, height: 900 });
  });
});
