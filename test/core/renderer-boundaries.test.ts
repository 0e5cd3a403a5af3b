import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp-db';

/**
 * The renderer's import boundaries live in biome.json. These tests lint probe files placed
 * where real renderer code lives, with the project's own biome.json, so a loosened rule shows
 * up here instead of as a quietly tangled renderer.
 */
const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const biome = path.join(root, 'node_modules/.bin/biome');

const probes: Record<string, string> = {
  // Refused: one feature reaching into another's files, or the renderer into electron/.
  'renderer/src/features/jd/cross-feature.ts': "import { useRolesStore } from '../roles/roles-store';",
  'renderer/src/features/jd/deep-cross-feature.ts': "import { x } from '../../features/roles/roles-store';",
  'renderer/src/features/jd/into-core.ts': "import { handlers } from '../../../../electron/core/handlers';",
  'renderer/src/app/feature-internals.ts': "import { useRolesStore } from '../features/roles/roles-store';",
  'renderer/src/app/into-core.ts': "import { handlers } from '../../../electron/core/handlers';",
  'renderer/src/ui/knows-a-feature.ts': "import { RolesScreen } from '../features/roles';",
  // Refused: app/ composes the features and ui/, so neither reaches back up into it.
  'renderer/src/features/jd/into-app.ts': "import { useNavigationStore } from '../../app/navigation-store';",
  'renderer/src/features/jd/parts/deep-into-app.ts': "import { AREAS } from '../../../app/areas';",
  'renderer/src/ui/into-app.ts': "import { useNavigationStore } from '../app/navigation-store';",
  // Allowed: a feature's own files, another feature's public entry, ui/, api and shared/.
  'renderer/src/features/jd/allowed.ts': [
    "import { useRolesStore } from '../roles';",
    "import { ErrorAlert } from '../../ui/ErrorAlert';",
    "import { call } from '../../api';",
    "import type { RoleSpec } from '../../../../shared/roles';",
    "import { JdTab } from './JdTab';",
  ].join('\n'),
  'renderer/src/app/allowed.ts': "import { RolesScreen } from '../features/roles';",
};

type Diagnostic = { category: string; location: { path: string } };
let diagnostics: Diagnostic[] = [];
const temp = makeTempDir();
afterAll(() => temp.cleanup());

beforeAll(async () => {
  const { dir } = temp;
  fs.copyFileSync(path.join(root, 'biome.json'), path.join(dir, 'biome.json'));
  for (const [file, imports] of Object.entries(probes)) {
    fs.mkdirSync(path.join(dir, path.dirname(file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), `${imports}\n`);
  }
  const args = ['lint', '--vcs-enabled=false', '--reporter=json', '--max-diagnostics=none', '.'];
  const output = await run(biome, args, { cwd: dir }).then(
    (done) => done.stdout,
    (failed: { stdout: string }) => failed.stdout,
  );
  diagnostics = (JSON.parse(output) as { diagnostics: Diagnostic[] }).diagnostics;
});

function restrictedImportsIn(file: string): number {
  return diagnostics.filter(
    (d) => d.category === 'lint/style/noRestrictedImports' && d.location.path.endsWith(file),
  ).length;
}

describe('renderer import boundaries', () => {
  it.each(Object.keys(probes).filter((file) => !file.endsWith('allowed.ts')))(
    'the linter refuses %s',
    (file) => {
      expect(restrictedImportsIn(file)).toBe(1);
    },
  );

  it.each(['renderer/src/features/jd/allowed.ts', 'renderer/src/app/allowed.ts'])(
    'the linter lets %s through',
    (file) => {
      expect(restrictedImportsIn(file)).toBe(0);
    },
  );
});
