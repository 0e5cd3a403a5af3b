import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CalibrationReport } from '../../../shared/debrief';
import { type CalibrationCard, calibrationOf } from '../../../shared/domain/debrief/calibration';
import { caller } from '../../support/core-caller';
import { openTempCore, type TempCore } from '../../support/temp-db';
import { seedPanel } from './panel';

const card = (
  interviewer: string,
  candidateId: string,
  scores: number[],
  extra: Partial<CalibrationCard> = {},
) => ({
  interviewer,
  interviewerKey: interviewer.toLowerCase(),
  candidateId,
  scores,
  questions: 4,
  notAsked: 0,
  notEnoughEvidence: 0,
  ratingsWithoutEvidence: 0,
  ...extra,
});

describe('calibration figures on a hand-made panel', () => {
  it('compares each interviewer with the rest of the panel on the same candidates', () => {
    const report = calibrationOf([
      card('Ada', 'c1', [4, 4], { notAsked: 1 }),
      card('Ada', 'c2', [3, 3], { ratingsWithoutEvidence: 2 }),
      card('Ben', 'c1', [2, 2], { notEnoughEvidence: 2 }),
      card('Ben', 'c2', [3, 1]),
      // A candidate only Cy saw: not part of Ada's or Ben's panel mean.
      card('Cy', 'c3', [1, 1]),
    ]);
    const ada = report.find((r) => r.interviewer === 'Ada');
    const ben = report.find((r) => r.interviewer === 'Ben');
    const cy = report.find((r) => r.interviewer === 'Cy');
    // Ada: mean 3.5 against Ben's 2 on c1 and c2; scores 4,4,3,3 have a standard deviation of 0.5.
    expect(ada).toMatchObject({
      scorecards: 2,
      ratings: 4,
      mean: 3.5,
      panelMean: 2,
      leniency: 1.5,
      spread: 0.5,
      notAskedShare: 0.13,
      notEnoughEvidenceShare: 0,
      ratingsWithoutEvidence: 2,
      tooFewToJudge: true,
    });
    // Ben: scores 2,2,3,1: mean 2, deviation sqrt(0.5).
    expect(ben).toMatchObject({
      mean: 2,
      panelMean: 3.5,
      leniency: -1.5,
      spread: 0.71,
      notEnoughEvidenceShare: 0.25,
    });
    expect(cy).toMatchObject({ mean: 1, panelMean: null, leniency: null });
  });

  it('judges from five scorecards up', () => {
    const five = ['c1', 'c2', 'c3', 'c4', 'c5'].map((c) => card('Ada', c, [3]));
    expect(calibrationOf(five)[0]?.tooFewToJudge).toBe(false);
    expect(calibrationOf(five.slice(0, 4))[0]?.tooFewToJudge).toBe(true);
  });
});

describe('calibration report of a role', () => {
  let core: TempCore;
  beforeEach(async () => {
    core = await openTempCore();
  });
  afterEach(async () => {
    await core.close();
  });

  it('reads every submitted scorecard of the role and refuses an unknown role', async () => {
    const { call, refusal } = caller(() => core.ctx);
    const { role } = await seedPanel(core.ctx, [
      {
        interviewer: 'Dana Reyes',
        items: [{ rating: 4, evidence: 'Showed the plan' }, { rating: 'not-asked' }],
        scores: { 'api-design': 3, 'data-modelling-sql': 4, 'system-design': 3, communication: 3 },
        recommendation: 'yes',
        summary: 'Good',
      },
      {
        interviewer: 'Lee Okafor',
        items: [{ rating: 2, evidence: 'Vague' }, { rating: 'insufficient' }],
        scores: {
          'api-design': 1,
          'data-modelling-sql': 2,
          'system-design': 'not-assessed',
          communication: 2,
        },
        recommendation: 'no',
        summary: 'Thin',
      },
    ]);
    const report = await call<CalibrationReport>('debrief.calibration', { roleId: role.id });
    const dana = report.interviewers.find((i) => i.interviewer === 'Dana Reyes');
    const lee = report.interviewers.find((i) => i.interviewer === 'Lee Okafor');
    expect(dana).toMatchObject({
      scorecards: 1,
      mean: 3.25,
      notAskedShare: 0.5,
      notEnoughEvidenceShare: 0,
      tooFewToJudge: true,
    });
    // Nothing written under API design, system design or communication for Dana.
    expect(dana?.ratingsWithoutEvidence).toBe(3);
    expect(lee).toMatchObject({ notEnoughEvidenceShare: 0.5, panelMean: 3.25 });
    // 1, 2 and 2: the 'not assessed' is no score.
    expect(lee?.mean).toBe(1.67);
    expect(
      (await refusal('debrief.calibration', { roleId: '00000000-0000-4000-8000-000000000000' })).code,
    ).toBe('not_found');
  });
});
