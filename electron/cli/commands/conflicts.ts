import type { ExchangeConflict, ExchangeConflictSide } from '../../../shared/pack-exchange';
import { attributeScoreLabel, recommendationLabels } from '../../../shared/scorecards';
import { AppError } from '../../core/errors';
import { withCore } from '../core-session';
import { type CliCommand, type CliIo, noMorePositionals, parseCommandArgs, printJson } from '../io';

const usage = `reqdesk conflicts list [--candidate ID | --role ID] [--db PATH] [--json]
       reqdesk conflicts resolve <id> --keep local|incoming [--db PATH] [--json]`;

/** The lines a person compares: a scorecard as it reads, any other record by its preview. */
function sideLines(side: ExchangeConflictSide): string[] {
  const card = side.scorecard;
  if (!card) return side.preview;
  return [
    `recommendation: ${recommendationLabels[card.recommendation]}`,
    ...card.ratings.map((r) => `${r.label}: ${attributeScoreLabel(r.rating)}${r.note ? ` - ${r.note}` : ''}`),
    `summary: ${card.summary}`,
    ...(card.reason ? [`reason: ${card.reason}`] : []),
  ];
}

function printConflict(io: CliIo, c: ExchangeConflict): void {
  io.out(`${c.id}  ${c.label}, version ${c.version} (${c.type})`);
  io.out(`  local (made by install ${c.local.origin.installId}):`);
  for (const line of sideLines(c.local)) io.out(`    ${line}`);
  io.out(`  incoming (from ${c.incoming.fileName || 'a file'}, install ${c.incoming.origin.installId}):`);
  for (const line of sideLines(c.incoming)) io.out(`    ${line}`);
}

/**
 * Two contents claiming one version, kept from an import until a person picks one. Keeping
 * the incoming side adds it as the next version; keeping the local one drops the incoming.
 */
export const conflictsCommand: CliCommand = {
  name: 'conflicts',
  summary: 'List imported versions that clash with what is here, and keep one side of each',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      candidate: { type: 'string' },
      role: { type: 'string' },
      keep: { type: 'string' },
    });
    const [verb, id] = positionals;
    if (verb === 'list') {
      noMorePositionals(positionals, 1, usage);
      if (values.candidate && values.role)
        throw new AppError('bad_input', `Give --candidate or --role, not both.\nUsage: ${usage}`);
      const candidateId = typeof values.candidate === 'string' ? values.candidate : undefined;
      const roleId = typeof values.role === 'string' ? values.role : undefined;
      const list = await withCore(
        values.db,
        async (call) => {
          // An id that names nothing is a mistake to say, not an empty list.
          if (candidateId) await call('candidates.get', { id: candidateId });
          if (roleId) await call('roles.get', { id: roleId });
          return call('exchange.conflicts', { candidateId, roleId });
        },
        { existing: true },
      );
      if (values.json) printJson(io, list);
      else if (list.length === 0) io.out('No conflicts: every imported version agrees with what is here.');
      else for (const c of list) printConflict(io, c);
      return 0;
    }
    if (verb === 'resolve' && id) {
      noMorePositionals(positionals, 2, usage);
      const keep = values.keep;
      if (keep !== 'local' && keep !== 'incoming')
        throw new AppError(
          'bad_input',
          `Say which side to keep: --keep local or --keep incoming.\nUsage: ${usage}`,
        );
      const left = await withCore(values.db, (call) => call('exchange.resolveConflict', { id, keep }), {
        existing: true,
      });
      if (values.json) printJson(io, { resolved: id, kept: keep, remaining: left });
      else
        io.out(
          `Kept the ${keep === 'local' ? 'local content; the incoming one is dropped' : 'incoming content as the next version'}. ${left.length} conflict${left.length === 1 ? '' : 's'} left.`,
        );
      return 0;
    }
    throw new AppError('bad_input', `Usage: ${usage}`);
  },
};
