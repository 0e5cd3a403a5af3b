// The SQLite addon for Electron's ABI, kept apart from node_modules: node_modules keeps the
// build for plain Node (tests, CLI, preview), `.electron-native/` holds the Electron build.
// `npm run dev` passes it to the app through REQDESK_NATIVE_BINDING; `npm run dist` ships it
// as an extra resource (electron-builder's own rebuild would replace the Node build in
// node_modules, and on a failed download leave none at all).
//
//   node scripts/electron-native.mjs ensure   download Electron and build the addon if missing
//   node scripts/electron-native.mjs check    print the plan as JSON, change nothing
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

export function electronVersion(root) {
  return JSON.parse(fs.readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')).version;
}

/** Where the Electron build of better-sqlite3 lives, per Electron version, platform and arch. */
export function nativeBindingPath(root, version, platform = process.platform, arch = process.arch) {
  return path.join(
    root,
    '.electron-native',
    `electron-${version}-${platform}-${arch}`,
    'better_sqlite3.node',
  );
}

/** True when Electron's binary for this version has been downloaded into node_modules. */
export function electronBinaryPresent(root, version) {
  const dir = path.join(root, 'node_modules/electron');
  try {
    const installed = fs.readFileSync(path.join(dir, 'dist/version'), 'utf8').trim().replace(/^v/, '');
    const executable = fs.readFileSync(path.join(dir, 'path.txt'), 'utf8');
    return installed === version && fs.existsSync(path.join(dir, 'dist', executable));
  } catch {
    return false;
  }
}

/** Runs Electron's own installer (a download, so it needs internet the first time). */
export function downloadElectron(root) {
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/electron/install.js')], {
    stdio: 'inherit',
  });
  if (result.status !== 0)
    throw new Error('Downloading Electron failed; check the internet connection and retry.');
}

/**
 * Compiles better-sqlite3 against Electron's headers in a copy of the package (node_modules
 * is never touched), then keeps the addon at nativeBindingPath(). Needs internet once, for
 * the headers.
 */
export function buildNativeBinding(root, version, arch = process.arch) {
  const target = nativeBindingPath(root, version, process.platform, arch);
  const work = path.join(path.dirname(target), 'src');
  const source = path.dirname(require.resolve('better-sqlite3/package.json', { paths: [root] }));
  fs.rmSync(work, { recursive: true, force: true });
  fs.cpSync(source, work, { recursive: true, filter: (p) => !p.includes(`${path.sep}build${path.sep}`) });
  const nodeGyp = require.resolve('node-gyp/bin/node-gyp.js', { paths: [root] });
  // npm passes its own `nodedir` (Node's headers) to scripts; it must not win over Electron's.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^npm_config_nodedir$/i.test(key)),
  );
  const result = spawnSync(
    process.execPath,
    [
      nodeGyp,
      'rebuild',
      '--release',
      `--target=${version}`,
      `--arch=${arch}`,
      '--runtime=electron',
      '--dist-url=https://electronjs.org/headers',
    ],
    { cwd: work, stdio: 'inherit', env },
  );
  if (result.status !== 0)
    throw new Error('Building the SQLite addon for Electron failed (see the output above).');
  fs.copyFileSync(path.join(work, 'build/Release/better_sqlite3.node'), target);
  fs.rmSync(work, { recursive: true, force: true });
  return target;
}

/** The copy electron-builder packs (electron-builder.yml, extraResources). */
export function packagedBindingSource(root) {
  return path.join(root, '.electron-native', 'current', 'better_sqlite3.node');
}

export function plan(root) {
  const version = electronVersion(root);
  const binding = nativeBindingPath(root, version);
  return {
    electronVersion: version,
    electronBinaryPresent: electronBinaryPresent(root, version),
    nativeBinding: binding,
    nativeBindingPresent: fs.existsSync(binding),
  };
}

/** Downloads Electron and builds the addon when missing; returns the addon's path. */
export function ensureElectronNative(root) {
  const current = plan(root);
  if (!current.electronBinaryPresent) {
    console.log(`electron: downloading Electron ${current.electronVersion} (first run only)...`);
    downloadElectron(root);
  }
  if (!current.nativeBindingPresent) {
    console.log(
      `electron: building the SQLite addon for Electron ${current.electronVersion} (first run only)...`,
    );
    fs.mkdirSync(path.dirname(current.nativeBinding), { recursive: true });
    buildNativeBinding(root, current.electronVersion);
  }
  const packaged = packagedBindingSource(root);
  fs.mkdirSync(path.dirname(packaged), { recursive: true });
  fs.copyFileSync(current.nativeBinding, packaged);
  return current.nativeBinding;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const command = process.argv[2];
  try {
    if (command === 'check') console.log(JSON.stringify(plan(root), null, 2));
    else if (command === 'ensure') console.log(ensureElectronNative(root));
    else {
      console.error('Usage: node scripts/electron-native.mjs check|ensure');
      process.exit(1);
    }
  } catch (error) {
    console.error(`electron: ${error.message}`);
    process.exit(1);
  }
}
