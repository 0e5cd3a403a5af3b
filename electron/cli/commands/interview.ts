import { AppError } from '../../core/errors';
import { withCore } from '../core-session';
import { type CliCommand, parseCommandArgs, printJson } from '../io';

const usage = 'reqdesk interview list [--role ID] [--db PATH] [--json]';

const minutes = (ms: number) => `${Math.round(ms / 60_000)} min`;

export const interviewCommand: CliCommand = {
  name: 'interview',
  summary: 'List interviews, newest first, for one role or all',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { role: { type: 'string' } });
    if (positionals[0] !== 'list' || positionals.length > 1)
      throw new AppError('bad_input', `Usage: ${usage}`);
    const role = typeof values.role === 'string' ? values.role : undefined;
    const interviews = await withCore(
      values.db,
      (call) => call('interviews.list', role ? { roleId: role } : {}),
      { existing: true },
    );
    if (values.json) printJson(io, interviews);
    else if (interviews.length === 0) io.out('No interviews yet.');
    else
      for (const i of interviews) {
        const state =
          i.status === 'in-progress'
            ? `in progress, ${minutes(i.roundElapsedMs)} of ${i.roundMinutes} min`
            : `ended, scorecard ${i.scorecardStatus === 'none' ? 'not started' : i.scorecardStatus}`;
        io.out(
          `${i.id}  ${i.startedAt.slice(0, 16).replace('T', ' ')}  ${i.candidateName} - ${i.roundName} with ${i.interviewer} (${state})`,
        );
      }
    return 0;
  },
};
