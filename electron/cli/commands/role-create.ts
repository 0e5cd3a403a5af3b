import fs from 'node:fs';
import { emptyRoleSpec, roleSpec } from '../../../shared/roles';
import { AppError } from '../../core/errors';
import { parseUntrustedJson } from '../../core/exchange/safe-json';
import { withCore } from '../core-session';
import { type CliIo, printJson } from '../io';

const MAX_SPEC_BYTES = 1024 * 1024;

/**
 * `role create --spec spec.json`: the fields given laid over an empty intake, then checked by
 * the app's own role spec schema (an unknown field or a bad value is refused with its path).
 */
export async function createRoleFromFile(
  io: CliIo,
  db: string | undefined,
  json: boolean | undefined,
  file: string | undefined,
): Promise<number> {
  if (!file) throw new AppError('bad_input', 'Name the spec file: --spec spec.json.');
  if (!fs.existsSync(file)) throw new AppError('not_found', `There is no file at ${file}.`);
  if (fs.statSync(file).size > MAX_SPEC_BYTES)
    throw new AppError('bad_input', `${file} is larger than a role spec ever is (1 MB).`);
  const given = parseUntrustedJson(fs.readFileSync(file, 'utf8'), file);
  if (!given || typeof given !== 'object' || Array.isArray(given))
    throw new AppError('bad_input', `${file} must hold one JSON object, the role spec.`);
  const checked = roleSpec.safeParse({ ...emptyRoleSpec(), ...given });
  if (!checked.success) {
    const problems = checked.error.issues.map((i) => `${i.path.join('.') || 'spec'}: ${i.message}`);
    throw new AppError('bad_input', `${file} is not a valid role spec: ${problems.join('; ')}`);
  }
  const role = await withCore(db, (call) => call('roles.create', { spec: checked.data }));
  if (json) printJson(io, role);
  else io.out(role.id);
  return 0;
}
