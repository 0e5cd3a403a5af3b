import type { CalibrationReport } from '../../../shared/debrief';
import { type CalibrationCard, calibrationOf } from '../../../shared/domain/debrief/calibration';
import { scoreOf } from '../../../shared/scorecards';
import type { CoreContext } from '../context';
import { readInterview } from '../interviews/live';
import { readScorecard } from '../scorecards/scorecards';
import { roleTitleOf } from './read';

/** The calibration report of a role: every interviewer's submitted scorecards across its candidates. */
export async function calibrationReport(ctx: CoreContext, roleId: string): Promise<CalibrationReport> {
  const roleTitle = await roleTitleOf(ctx, roleId);
  const rows = await ctx.database.db
    .selectFrom('scorecards')
    .innerJoin('interviews', 'interviews.id', 'scorecards.interview_id')
    .select(['scorecards.id', 'scorecards.interview_id', 'scorecards.interviewer_key'])
    .where('interviews.role_id', '=', roleId)
    .where('scorecards.status', '=', 'submitted')
    .orderBy('scorecards.submitted_at')
    .orderBy('scorecards.seq')
    .execute();
  const cards: CalibrationCard[] = await Promise.all(
    rows.map(async (row) => {
      const card = await readScorecard(ctx, row.id);
      const interview = await readInterview(ctx.database.db, row.interview_id);
      const scored = card.attributeRatings.filter((a) => scoreOf(a.rating) !== null);
      return {
        interviewer: card.interviewer,
        interviewerKey: row.interviewer_key,
        candidateId: card.candidateId,
        scores: scored.map((a) => scoreOf(a.rating) as number),
        questions: interview.items.length,
        notAsked: interview.items.filter((i) => i.rating === 'not-asked').length,
        notEnoughEvidence: interview.items.filter((i) => i.rating === 'insufficient').length,
        ratingsWithoutEvidence: scored.filter(
          (a) => a.note.trim() === '' && !a.evidence.some((e) => e.evidence.trim() !== ''),
        ).length,
      };
    }),
  );
  return { roleId, roleTitle, interviewers: calibrationOf(cards) };
}
