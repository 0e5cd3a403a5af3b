import fs from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PACKAGED_NATIVE_BINDING } from '../../electron/main/native-binding';
import { exchangeExtensions } from '../../shared/pack-exchange';

interface BuilderConfig {
  files: string[];
  extraResources: { from: string; to: string }[];
  asarUnpack: string[];
  npmRebuild: boolean;
  electronFuses: Record<string, boolean>;
  publish: unknown;
  fileAssociations: { ext: string; name: string; mimeType: string }[];
}

const config = parse(fs.readFileSync('electron-builder.yml', 'utf8')) as BuilderConfig;

describe('the packaging config', () => {
  it('ships the Electron build of the SQLite addon outside the asar, where main looks for it', () => {
    expect(config.extraResources).toContainEqual({
      from: '.electron-native/current/better_sqlite3.node',
      to: PACKAGED_NATIVE_BINDING,
    });
    expect(config.files).toContain('out/**');
    expect(config.asarUnpack).toContain('**/*.node');
    // A rebuild in place would replace node_modules' Node build, which tests and the CLI use.
    expect(config.npmRebuild).toBe(false);
    const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.dist).toMatch(/^node scripts\/electron-native\.mjs ensure && /);
  });

  it('locks down the packaged binary with fuses, and publishes nowhere', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.publish).toBeNull();
  });

  it('registers every exchange file ending for double-click, each with its own type', () => {
    const endings = config.fileAssociations.map((a) => `.${a.ext}`);
    expect(endings.sort()).toEqual(Object.values(exchangeExtensions).sort());
    const types = config.fileAssociations.map((a) => a.mimeType);
    expect(new Set(types).size).toBe(types.length);
    for (const association of config.fileAssociations) expect(association.name).toMatch(/^Reqdesk /);
  });

  it("passes electron-builder's own schema check, which rejects unknown keys", async () => {
    // The function `electron-builder` runs before anything else; calling it directly checks
    // the file in under a second, where a real build would first try to download Electron.
    const fromBuilder = createRequire(createRequire(import.meta.url).resolve('electron-builder'));
    const { validateConfiguration } = fromBuilder('app-builder-lib/out/util/config/config.js') as {
      validateConfiguration(config: unknown, logger: unknown): Promise<void>;
    };
    const { DebugLogger } = fromBuilder('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...config, asarUnpak: [] }, new DebugLogger(false))).rejects.toThrow(
      /unknown property 'asarUnpak'/,
    );
  });
});
