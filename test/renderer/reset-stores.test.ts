import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RESET_STORES } from './support/app-harness';

const RENDERER = join(import.meta.dirname, '../../renderer/src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('the renderer test harness', () => {
  it('resets every zustand store on a page load, so no state leaks from one test file to the next', async () => {
    const declared = sourceFiles(RENDERER).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/export const (use\w+Store) = create\b/g)].map((m) => ({
        file,
        name: m[1] ?? '',
      })),
    );
    expect(declared.length).toBeGreaterThan(10);
    const reset: readonly unknown[] = RESET_STORES;
    const missing: string[] = [];
    for (const { file, name } of declared) {
      const module: Record<string, unknown> = await import(file);
      if (!reset.includes(module[name])) missing.push(name);
    }
    expect(missing).toEqual([]);
  });
});
