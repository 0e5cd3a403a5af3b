import { candidateStageLabels } from '../../../shared/candidates';
import { AppError } from '../../core/errors';
import { withCore } from '../core-session';
import { type CliCommand, noMorePositionals, parseCommandArgs, printJson } from '../io';
import { candidateLines } from './debrief-text';

const usage = `reqdesk candidate list [--role ID] [--db PATH] [--json]
       reqdesk candidate show <id> [--db PATH] [--json]`;

export const candidateCommand: CliCommand = {
  name: 'candidate',
  summary: 'List candidates, or show one with interviews, clock, decision and stage timeline',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { role: { type: 'string' } });
    const [verb, id] = positionals;
    if (verb === 'list') {
      noMorePositionals(positionals, 1, usage);
      const role = typeof values.role === 'string' ? values.role : undefined;
      const { list, titles } = await withCore(
        values.db,
        async (call) => {
          // A role id that names no role is a mistake to say, not an empty list.
          if (role) await call('roles.get', { id: role });
          const roles = await call('roles.list', { includeArchived: true });
          return {
            list: await call('candidates.list', role ? { roleId: role } : {}),
            titles: new Map(roles.map((r) => [r.id, r.title || '(untitled)'])),
          };
        },
        { existing: true },
      );
      if (values.json) printJson(io, list);
      else if (list.length === 0) io.out('No candidates yet.');
      else
        for (const c of list) {
          io.out(
            `${c.id}  ${candidateStageLabels[c.stage].padEnd(12)}  ${c.name} - ${titles.get(c.roleId) ?? '(deleted role)'} (${c.interviewCount} interviews, ${c.submittedScorecards} scored)`,
          );
        }
      return 0;
    }
    if (verb === 'show' && id) {
      noMorePositionals(positionals, 2, usage);
      const record = await withCore(values.db, (call) => call('debrief.candidate', { candidateId: id }), {
        existing: true,
      });
      if (values.json) printJson(io, record);
      else for (const line of candidateLines(record)) io.out(line);
      return 0;
    }
    throw new AppError('bad_input', `Usage: ${usage}`);
  },
};
