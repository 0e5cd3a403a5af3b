import { candidateStageLabels } from '../../candidates';
import { type Debrief, decisionOutcomeLabels } from '../../debrief';
import { ratingLabels } from '../../interviews';
import { attributeScoreLabel, recommendationLabels, recommendations } from '../../scorecards';
import { formatMean } from '../debrief/aggregate';
import { describeClock } from '../debrief/clock';
import { bold, bullets, documentOf, heading, italic, item, keyValues, paragraph, table } from './build';
import type { Block, DocumentModel } from './model';

function gridBlocks(debrief: Debrief): Block[] {
  const columns = [
    { header: 'Attribute', weight: 3 },
    ...debrief.columns.map((c) => ({ header: c.interviewer, weight: 2 })),
    { header: 'Mean', weight: 1 },
    { header: 'Spread', weight: 1 },
    { header: 'Count', weight: 1 },
  ];
  const rows = debrief.rows.map((row) => [
    row.label,
    ...row.cells.map((cell) => attributeScoreLabel(cell?.score)),
    formatMean(row.aggregate.mean),
    row.aggregate.spread === null ? '–' : String(row.aggregate.spread),
    String(row.aggregate.count),
  ]);
  const tally = recommendations
    .filter((r) => debrief.tally[r] > 0)
    .map((r) => `${recommendationLabels[r]}: ${debrief.tally[r]}`)
    .join(' · ');
  return [
    heading(2, 'Scores by attribute'),
    paragraph(
      italic(
        'Mean, spread (highest minus lowest) and count use the 1-4 scores only; "not assessed" is never counted as a score.',
      ),
    ),
    table(columns, rows),
    heading(2, 'Recommendations'),
    paragraph(tally || 'None yet.'),
    table(
      ['Interviewer', 'Round', 'Recommendation'],
      debrief.columns.map((c) => [c.interviewer, c.roundName, recommendationLabels[c.recommendation]]),
    ),
  ];
}

function disagreementBlocks(debrief: Debrief): Block[] {
  if (debrief.disagreements.length === 0) {
    return [
      heading(2, 'Disagreements'),
      paragraph('The panel does not disagree on any rule the app checks.'),
    ];
  }
  return [
    heading(2, 'Disagreements'),
    bullets(
      debrief.disagreements.map((d) =>
        item([bold(d.title)], {
          style: 'bullet',
          items: d.sides.map((side) => {
            const evidence = side.evidence
              .map(
                (e) =>
                  `${e.topic} (${e.rating === null ? 'unrated' : ratingLabels[e.rating]})${e.evidence ? `: ${e.evidence}` : ''}`,
              )
              .join('; ');
            return `${side.interviewer}, ${side.position}${evidence ? ` - ${evidence}` : ''}`;
          }),
        }),
      ),
    ),
  ];
}

function summaryBlocks(debrief: Debrief): Block[] {
  const blocks: Block[] = [heading(2, 'Scorecards')];
  for (const c of debrief.columns) {
    blocks.push(
      heading(3, `${c.interviewer} - ${c.roundName}`),
      keyValues([
        ['Recommendation', recommendationLabels[c.recommendation]],
        ['Submitted', `${c.submittedAt.slice(0, 16).replace('T', ' ')} (version ${c.version})`],
        ['Red flags', c.redFlags.length > 0 ? c.redFlags.join('; ') : 'None'],
      ]),
      paragraph(c.summary),
    );
  }
  return blocks;
}

function decisionBlocks(debrief: Debrief): Block[] {
  const d = debrief.decision;
  if (!d) return [heading(2, 'Decision'), paragraph('Not recorded yet.')];
  const entries: [string, string][] = [
    ['Decision', decisionOutcomeLabels[d.outcome]],
    ['Rationale', d.rationale],
  ];
  if (d.rejectionReason) entries.push(['Rejection reason', d.rejectionReason]);
  entries.push(
    ['Decided by', d.decidedBy],
    ['When', d.decidedAt.slice(0, 16).replace('T', ' ')],
    ['Version', String(d.version)],
  );
  if (d.changeReason) entries.push(['Why it changed', d.changeReason]);
  const blocks: Block[] = [heading(2, 'Decision'), keyValues(entries)];
  if (debrief.decisionVersions.length > 1) {
    blocks.push(
      heading(3, 'Earlier versions'),
      bullets(
        debrief.decisionVersions
          .slice(0, -1)
          .map(
            (v) =>
              `Version ${v.version}: ${decisionOutcomeLabels[v.outcome]} by ${v.decidedBy}, ${v.decidedAt.slice(0, 10)}`,
          ),
      ),
    );
  }
  return blocks;
}

/** The debrief packet: grid and aggregate, recommendations, disagreements, missing scorecards, summaries, decision. */
export function buildDebriefPacket(debrief: Debrief): DocumentModel {
  const title = `Debrief: ${debrief.candidate.name}`;
  const blocks: Block[] = [
    heading(1, title),
    keyValues([
      ['Role', debrief.roleTitle],
      ['Stage', candidateStageLabels[debrief.candidate.stage]],
      ['Scorecards in', String(debrief.columns.length)],
      ['Decision clock', describeClock(debrief.clock)],
      ['Printed', debrief.asOf.slice(0, 16).replace('T', ' ')],
    ]),
    ...gridBlocks(debrief),
    ...disagreementBlocks(debrief),
  ];
  if (debrief.missing.length > 0) {
    blocks.push(
      heading(2, 'Missing scorecards'),
      bullets(
        debrief.missing.map(
          (m) => `${m.interviewer} - ${m.roundName}, ended ${m.endedAt.slice(0, 16).replace('T', ' ')}`,
        ),
      ),
    );
  }
  blocks.push(...summaryBlocks(debrief), ...decisionBlocks(debrief));
  return documentOf({ title, subject: 'Debrief packet', keywords: ['debrief', 'interview'] }, blocks);
}
