import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

/**
 * Bundles a child-process script of a test into one file run with plain node: no TypeScript
 * loader in the child, and loading one file is several times faster. The native SQLite addon
 * stays outside. Returns the bundle's path and a cleanup.
 */
export async function bundleChild(
  entry: string,
  name: string,
): Promise<{ file: string; cleanup: () => void }> {
  const out = path.resolve('node_modules/.cache/reqdesk-children');
  fs.mkdirSync(out, { recursive: true });
  const file = path.join(out, `${name}-${process.pid}.mjs`);
  await build({
    entryPoints: [path.resolve(entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['better-sqlite3'],
    banner: {
      // Aliased: a bundled module may import createRequire under its own name.
      js: "import { createRequire as bannerRequire } from 'node:module'; const require = bannerRequire(import.meta.url);",
    },
    outfile: file,
    logLevel: 'warning',
  });
  return { file, cleanup: () => fs.rmSync(file, { force: true }) };
}
