import { AppError } from '../../core/errors';
import { type CliCommand, noMorePositionals, parseCommandArgs } from '../io';
import { exportTo, importFrom } from './transfer';

const usage = `reqdesk pack export --candidate ID --round ID --interviewer NAME --out FILE [--db PATH] [--json]
       reqdesk pack import FILE [--dry-run] [--db PATH] [--json]`;

/** Interview packs: what one interviewer needs for one candidate and round, as one file. */
export const packCommand: CliCommand = {
  name: 'pack',
  summary: 'Export an interview pack for an interviewer, or import one',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      candidate: { type: 'string' },
      round: { type: 'string' },
      interviewer: { type: 'string' },
      out: { type: 'string' },
      'dry-run': { type: 'boolean' },
    });
    const [verb, file] = positionals;
    if (verb === 'export') {
      noMorePositionals(positionals, 1, usage);
      if (!values.candidate || !values.round || !values.interviewer) {
        throw new AppError('bad_input', `Name the candidate, the round and the interviewer. Usage: ${usage}`);
      }
      return exportTo(io, values.db, values.json, values.out as string | undefined, {
        kind: 'pack',
        candidateId: String(values.candidate),
        roundId: String(values.round),
        interviewer: String(values.interviewer),
      });
    }
    if (verb === 'import' && file) {
      noMorePositionals(positionals, 2, usage);
      return importFrom(
        io,
        { db: values.db, json: values.json, dryRun: values['dry-run'] === true },
        file,
        'pack',
      );
    }
    throw new AppError('bad_input', `Usage: ${usage}`);
  },
};
