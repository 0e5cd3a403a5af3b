import { labels } from '../../../shared/questions';
import type { RoleSpec } from '../../../shared/roles';
import { AppError } from '../../core/errors';
import { withCore } from '../core-session';
import { type CliCommand, noMorePositionals, parseCommandArgs, printJson } from '../io';
import { createRoleFromFile } from './role-create';
import { exportTo, importFrom } from './transfer';

const usage = `reqdesk role list [--status S] [--all] [--db PATH] [--json]
       reqdesk role show <id> [--db PATH] [--json]
       reqdesk role create --spec spec.json [--db PATH] [--json]
       reqdesk role export <id> --out FILE [--db PATH] [--json]
       reqdesk role import FILE [--dry-run] [--db PATH] [--json]`;

export const roleCommand: CliCommand = {
  name: 'role',
  summary: 'List role specs, show, create from a spec file, export or import a role bundle',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      status: { type: 'string', multiple: true },
      all: { type: 'boolean' },
      spec: { type: 'string' },
      out: { type: 'string' },
      'dry-run': { type: 'boolean' },
    });
    const [verb, id] = positionals;
    if (verb === 'create') {
      noMorePositionals(positionals, 1, usage);
      return createRoleFromFile(io, values.db, values.json, values.spec as string | undefined);
    }
    if (verb === 'export' && id) {
      noMorePositionals(positionals, 2, usage);
      return exportTo(io, values.db, values.json, values.out as string | undefined, {
        kind: 'role-bundle',
        roleId: id,
      });
    }
    if (verb === 'import' && id) {
      noMorePositionals(positionals, 2, usage);
      return importFrom(
        io,
        { db: values.db, json: values.json, dryRun: values['dry-run'] === true },
        id,
        'role-bundle',
      );
    }
    if (verb === 'list') {
      noMorePositionals(positionals, 1, usage);
      const roles = await withCore(
        values.db,
        (call) =>
          call('roles.list', {
            status: values.status as RoleSpec['status'][] | undefined,
            includeArchived: values.all === true,
          }),
        { existing: true },
      );
      if (values.json) printJson(io, roles);
      else if (roles.length === 0) io.out('No roles yet.');
      else
        for (const r of roles) {
          const level = r.level ? labels.level[r.level] : '-';
          io.out(
            `${r.id}  ${r.status.padEnd(7)}  ${level.padEnd(12)}  ${r.title || '(untitled)'}${r.company ? ` at ${r.company}` : ''}`,
          );
        }
      return 0;
    }
    if (verb === 'show' && id) {
      noMorePositionals(positionals, 2, usage);
      const role = await withCore(values.db, (call) => call('roles.get', { id }), { existing: true });
      if (values.json) printJson(io, role);
      else {
        const s = role.spec;
        io.out(`${s.title || '(untitled)'}${s.qualifier ? `, ${s.qualifier}` : ''}`);
        io.out(`status:    ${s.status}; updated ${role.updatedAt}`);
        io.out(
          `archetype: ${s.archetype ?? '-'}; level: ${s.level ?? '-'}; engagement: ${s.engagement ?? '-'}`,
        );
        io.out(`company:   ${s.company || '-'} (${s.industry ?? 'industry not set'})`);
        io.out(`service:   ${s.service || '-'}${s.scale ? ` (${s.scale})` : ''}`);
        io.out(`location:  ${s.workMode ?? '-'} ${[s.city, s.state].filter(Boolean).join(', ')}`);
        const pay =
          s.pay.min !== null || s.pay.max !== null
            ? `${s.pay.min ?? '?'}-${s.pay.max ?? '?'} ${s.pay.currency}`
            : '-';
        io.out(`pay:       ${pay}`);
        io.out(`must-haves: ${s.mustHaves.join('; ') || '-'}`);
      }
      return 0;
    }
    throw new AppError('bad_input', `Usage: ${usage}`);
  },
};
