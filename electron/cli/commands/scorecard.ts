import { ratingLabels } from '../../../shared/interviews';
import { attributeScoreLabel, recommendationLabels } from '../../../shared/scorecards';
import { AppError } from '../../core/errors';
import { readScorecard, readScorecardVersions, scorecardIdFor } from '../../core/scorecards/scorecards';
import { withCoreContext } from '../core-session';
import { type CliCommand, noMorePositionals, parseCommandArgs, printJson } from '../io';
import { exportTo, importFrom } from './transfer';

const usage = `reqdesk scorecard show <scorecard-or-interview-id> [--db PATH] [--json]
       reqdesk scorecard export <id> --out FILE [--db PATH] [--json]
       reqdesk scorecard import FILE [--dry-run] [--as-new-candidate] [--db PATH] [--json]`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Prints one scorecard with its submitted versions. The command line is the person who owns
 * the database file, so the in-app rule that hides other interviewers' scorecards does not apply.
 */
export const scorecardCommand: CliCommand = {
  name: 'scorecard',
  summary: 'Show a scorecard with every submitted version; export or import a returned one',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      out: { type: 'string' },
      'dry-run': { type: 'boolean' },
      'as-new-candidate': { type: 'boolean' },
    });
    const [verb, id] = positionals;
    if (verb === 'export' && id) {
      noMorePositionals(positionals, 2, usage);
      if (!UUID.test(id)) throw new AppError('bad_input', `"${id.slice(0, 60)}" is not a scorecard id.`);
      return exportTo(io, values.db, values.json, values.out as string | undefined, {
        kind: 'scorecard',
        scorecardId: id,
      });
    }
    if (verb === 'import' && id) {
      noMorePositionals(positionals, 2, usage);
      const options = {
        db: values.db,
        json: values.json,
        dryRun: values['dry-run'] === true,
        asNewCandidate: values['as-new-candidate'] === true,
      };
      return importFrom(io, options, id, 'scorecard');
    }
    if (verb !== 'show' || !id || positionals.length > 2) throw new AppError('bad_input', `Usage: ${usage}`);
    if (!UUID.test(id)) throw new AppError('bad_input', `"${id.slice(0, 60)}" is not a scorecard id.`);
    return withCoreContext(
      values.db,
      async (ctx) => {
        const scorecard = await readScorecard(ctx, await scorecardIdFor(ctx, id));
        const versions = await readScorecardVersions(ctx, scorecard.id);
        if (values.json) {
          printJson(io, { ...scorecard, versions });
          return 0;
        }
        io.out(`Scorecard ${scorecard.id}: ${scorecard.roundName}, by ${scorecard.interviewer}`);
        io.out(
          scorecard.status === 'submitted'
            ? `version ${scorecard.version}, submitted ${scorecard.submittedAt}${scorecard.reason ? ` (${scorecard.reason})` : ''}`
            : 'draft, not submitted',
        );
        io.out(
          `recommendation: ${scorecard.recommendation ? recommendationLabels[scorecard.recommendation] : '-'}`,
        );
        for (const a of scorecard.attributeRatings) {
          io.out(`  ${a.label}: ${attributeScoreLabel(a.rating)}${a.note ? ` - ${a.note}` : ''}`);
          for (const e of a.evidence) {
            const rating = e.rating === null ? 'unrated' : ratingLabels[e.rating];
            io.out(`      ${e.topic} [${rating}]${e.evidence ? `: ${e.evidence}` : ''}`);
          }
        }
        if (scorecard.redFlags.length > 0) io.out(`red flags: ${scorecard.redFlags.join('; ')}`);
        io.out(`summary: ${scorecard.summary || '-'}`);
        if (versions.length > 1) {
          io.out('versions:');
          for (const v of versions) {
            io.out(
              `  ${v.version}  ${v.submittedAt}  ${recommendationLabels[v.recommendation]}${v.reason ? `  (${v.reason})` : ''}`,
            );
          }
        }
        return 0;
      },
      { existing: true },
    );
  },
};
