import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

describe('npm run dev preparation', () => {
  it('plans an Electron-ABI SQLite build outside node_modules, for the pinned Electron', () => {
    const out = execFileSync(process.execPath, ['scripts/electron-native.mjs', 'check'], {
      encoding: 'utf8',
    });
    const plan = JSON.parse(out) as {
      electronVersion: string;
      nativeBinding: string;
      electronBinaryPresent: boolean;
    };
    const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as {
      devDependencies: Record<string, string>;
    };
    expect(pkg.devDependencies.electron).toBe(plan.electronVersion);
    const relative = path.relative(process.cwd(), plan.nativeBinding);
    expect(relative.startsWith(`.electron-native${path.sep}electron-${plan.electronVersion}-`)).toBe(true);
    expect(relative).not.toContain('node_modules');
    expect(fs.readFileSync('.gitignore', 'utf8')).toContain('.electron-native/');
  });
});
