import pkg from '../../../package.json' with { type: 'json' };

/** The app's version, from package.json (Electron's app.getVersion() reads the same field). */
export const APP_VERSION: string = pkg.version;
