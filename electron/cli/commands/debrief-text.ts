import { candidateStageLabels } from '../../../shared/candidates';
import {
  type CalibrationReport,
  type CandidateRecord,
  type Debrief,
  decisionOutcomeLabels,
} from '../../../shared/debrief';
import { formatMean } from '../../../shared/domain/debrief/aggregate';
import { describeClock, formatDuration } from '../../../shared/domain/debrief/clock';
import { attributeScoreLabel, recommendationLabels, recommendations } from '../../../shared/scorecards';

/** The plain-text views of the debrief commands, kept apart from argument handling. */

const when = (iso: string) => iso.slice(0, 16).replace('T', ' ');

/** Columns padded to their widest cell, two spaces apart. */
function columns(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows.map((r) =>
    r
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd(),
  );
}

export function debriefLines(d: Debrief): string[] {
  const out = [
    `Debrief: ${d.candidate.name} for ${d.roleTitle} (${candidateStageLabels[d.candidate.stage]})`,
  ];
  out.push(`clock: ${describeClock(d.clock)}`);
  if (d.columns.length === 0) out.push('No scorecard submitted yet.');
  else {
    if (!d.ready) out.push('Only one scorecard is in: the grid compares once two are.');
    out.push(
      '',
      ...columns([
        ['attribute', ...d.columns.map((c) => c.interviewer), 'mean', 'spread', 'count'],
        ...d.rows.map((r) => [
          r.label,
          ...r.cells.map((c) => attributeScoreLabel(c?.score)),
          formatMean(r.aggregate.mean),
          r.aggregate.spread === null ? '-' : String(r.aggregate.spread),
          String(r.aggregate.count),
        ]),
      ]),
    );
    out.push(
      '',
      `recommendations: ${recommendations
        .filter((r) => d.tally[r] > 0)
        .map((r) => `${recommendationLabels[r]} ${d.tally[r]}`)
        .join(', ')}`,
    );
    for (const c of d.columns) {
      out.push(
        `  ${c.interviewer} (${c.roundName}): ${recommendationLabels[c.recommendation]} - ${c.summary}`,
      );
    }
  }
  if (d.disagreements.length > 0) {
    out.push('', 'disagreements:');
    for (const flag of d.disagreements) {
      out.push(`  ${flag.title}`);
      for (const side of flag.sides) {
        const evidence = side.evidence
          .map((e) => `${e.topic}${e.evidence ? `: ${e.evidence}` : ''}`)
          .join('; ');
        out.push(`    ${side.interviewer}, ${side.position}${evidence ? ` - ${evidence}` : ''}`);
      }
    }
  }
  if (d.missing.length > 0) {
    out.push('', 'missing scorecards:');
    for (const m of d.missing) {
      out.push(
        `  ${m.interviewer} - ${m.roundName}: ended ${when(m.endedAt)}, ${m.scorecardStatus === 'draft' ? 'draft not submitted' : 'not started'} for ${formatDuration(m.waitingMs)}`,
      );
    }
  }
  out.push('', decisionLine(d));
  return out;
}

function decisionLine(d: Debrief): string {
  const x = d.decision;
  if (!x) return 'decision: not recorded';
  return `decision: ${decisionOutcomeLabels[x.outcome]} (version ${x.version}) by ${x.decidedBy}, ${when(x.decidedAt)}${x.rejectionReason ? `; reason: ${x.rejectionReason}` : ''}\n  rationale: ${x.rationale}${x.changeReason ? `\n  changed because: ${x.changeReason}` : ''}`;
}

export function candidateLines(record: CandidateRecord): string[] {
  const { debrief: d } = record;
  const c = d.candidate;
  const out = [
    `${c.name} (${c.id})`,
    `role:    ${d.roleTitle}`,
    `stage:   ${candidateStageLabels[c.stage]}`,
    `contact: ${[c.email, c.phone].filter(Boolean).join(', ') || '-'}; source: ${c.source || '-'}`,
    `clock:   ${describeClock(d.clock)}`,
    decisionLine(d),
    '',
    'interviews:',
  ];
  if (d.interviews.length === 0) out.push('  none yet');
  for (const i of d.interviews) {
    const state = i.status === 'in-progress' ? 'in progress' : `ended ${when(i.endedAt ?? '')}`;
    out.push(
      `  ${when(i.startedAt)}  ${i.roundName} with ${i.interviewer}: ${state}, scorecard ${i.scorecardStatus === 'none' ? 'not started' : i.scorecardStatus}`,
    );
  }
  out.push('', 'stage timeline:');
  for (const s of record.stageTimeline) out.push(`  ${when(s.at)}  ${candidateStageLabels[s.stage]}`);
  if (record.notes.length > 0) {
    out.push('', 'notes:');
    for (const n of record.notes) out.push(`  ${when(n.createdAt)}  ${n.text}`);
  }
  return out;
}

const signed = (n: number | null) => (n === null ? '-' : `${n > 0 ? '+' : ''}${n.toFixed(2)}`);
const percent = (n: number | null) => (n === null ? '-' : `${Math.round(n * 100)}%`);

export function calibrationLines(report: CalibrationReport): string[] {
  if (report.interviewers.length === 0) return [`${report.roleTitle}: no scorecard submitted yet.`];
  return [
    `Interviewer calibration: ${report.roleTitle}`,
    ...columns([
      [
        'interviewer',
        'scorecards',
        'mean',
        'panel',
        'leniency',
        'spread',
        'not asked',
        'not enough',
        'no evidence',
        '',
      ],
      ...report.interviewers.map((i) => [
        i.interviewer,
        String(i.scorecards),
        formatMean(i.mean),
        formatMean(i.panelMean),
        signed(i.leniency),
        i.spread === null ? '-' : i.spread.toFixed(2),
        percent(i.notAskedShare),
        percent(i.notEnoughEvidenceShare),
        String(i.ratingsWithoutEvidence),
        i.tooFewToJudge ? 'too few to judge' : '',
      ]),
    ]),
    '',
    'leniency: their mean minus the mean the rest of the panel gave the same candidates; spread: standard deviation of their scores.',
  ];
}
