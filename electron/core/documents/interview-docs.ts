import { buildKitSheet } from '../../../shared/domain/documents/kit-sheet';
import type { DocumentModel } from '../../../shared/domain/documents/model';
import { buildScorecardSheet } from '../../../shared/domain/documents/scorecard-sheet';
import type { CoreContext } from '../context';
import { AppError } from '../errors';
import { readInterview } from '../interviews/live';
import { roundRow } from '../kits/loop-store';
import { getLoop } from '../kits/rounds';
import { readRoleSpec } from '../roles/roles';
import { getScorecardAs, readScorecard, scorecardIdFor } from '../scorecards/scorecards';

async function roleTitle(ctx: CoreContext, roleId: string): Promise<string> {
  const spec = await readRoleSpec(ctx.database.db, roleId, { deleted: true });
  return spec?.title.trim() || 'Untitled role';
}

/** The kit of one round as the interviewer prints it. */
export async function kitModel(ctx: CoreContext, roundId: string): Promise<DocumentModel> {
  const { role_id: roleId } = await roundRow(ctx.database.db, roundId);
  const loop = await getLoop(ctx, roleId);
  const round = loop.rounds.find((r) => r.id === roundId);
  if (!round) throw new AppError('not_found', 'That round is no longer in the loop.');
  return buildKitSheet({ roleTitle: await roleTitle(ctx, roleId), round, calibration: loop.calibration });
}

/** A scorecard as a document; with a viewer, only one they may see on screen. */
export async function scorecardModel(ctx: CoreContext, id: string, viewer?: string): Promise<DocumentModel> {
  const scorecardId = await scorecardIdFor(ctx, id);
  const scorecard = viewer
    ? await getScorecardAs(ctx, scorecardId, viewer)
    : await readScorecard(ctx, scorecardId);
  const interview = await readInterview(ctx.database.db, scorecard.interviewId);
  return buildScorecardSheet({
    scorecard,
    candidateName: interview.candidateName,
    roleTitle: await roleTitle(ctx, scorecard.roleId),
  });
}
