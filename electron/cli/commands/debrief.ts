import { AppError } from '../../core/errors';
import { withCore } from '../core-session';
import { type CliCommand, noMorePositionals, parseCommandArgs, printJson } from '../io';
import { calibrationLines, debriefLines } from './debrief-text';

const debriefUsage = 'reqdesk debrief <candidate-id> [--role ID] [--db PATH] [--json]';

/**
 * The debrief as the recruiter runs it: the command line is the person who owns the file, so
 * the in-app rule that hides the panel from an interviewer still scoring does not apply.
 */
export const debriefCommand: CliCommand = {
  name: 'debrief',
  summary: 'Show a candidate’s debrief: grid, aggregate, disagreements, missing scorecards, clock, decision',
  usage: debriefUsage,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { role: { type: 'string' } });
    const [id] = positionals;
    if (!id) throw new AppError('bad_input', `Usage: ${debriefUsage}`);
    noMorePositionals(positionals, 1, debriefUsage);
    const role = typeof values.role === 'string' ? values.role : undefined;
    const debrief = await withCore(
      values.db,
      (call) => call('debrief.get', { candidateId: id, ...(role ? { roleId: role } : {}) }),
      { existing: true },
    );
    if (values.json) printJson(io, debrief);
    else for (const line of debriefLines(debrief)) io.out(line);
    return 0;
  },
};

const calibrationUsage = 'reqdesk calibration --role ID [--db PATH] [--json]';

export const calibrationCommand: CliCommand = {
  name: 'calibration',
  summary: 'Per interviewer of a role: leniency against the panel, spread, not asked and evidence figures',
  usage: calibrationUsage,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { role: { type: 'string' } });
    noMorePositionals(positionals, 0, calibrationUsage);
    if (typeof values.role !== 'string') throw new AppError('bad_input', `Usage: ${calibrationUsage}`);
    const roleId = values.role;
    const report = await withCore(values.db, (call) => call('debrief.calibration', { roleId }), {
      existing: true,
    });
    if (values.json) printJson(io, report);
    else for (const line of calibrationLines(report)) io.out(line);
    return 0;
  },
};
