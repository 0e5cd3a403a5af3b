import { type Rating, ratingLabels } from '../../interviews';
import {
  type AttributeEvidence,
  attributeScoreLabel,
  recommendationLabels,
  type Scorecard,
} from '../../scorecards';
import { bold, bullets, documentOf, heading, item, keyValues, paragraph, table } from './build';
import type { Block, DocumentModel } from './model';

export interface ScorecardSheetInput {
  scorecard: Scorecard;
  candidateName: string;
  roleTitle: string;
}

const ratingText = (rating: Rating) => (rating === null ? 'unrated' : ratingLabels[rating]);

function evidenceItem(e: AttributeEvidence, extra = '') {
  const lines = [e.evidence.trim() ? `“${e.evidence.trim()}”` : 'No evidence written.'];
  if (e.judgement.trim()) lines.push(e.judgement.trim());
  if (e.redFlags.length > 0) lines.push(`Flagged: ${e.redFlags.join('; ')}`);
  return item([bold(`${e.topic} (${ratingText(e.rating)}${extra})`)], { style: 'bullet', items: lines });
}

/**
 * One interviewer's scorecard as a document: who, which round, which version; the attribute
 * ratings ("not assessed" written as such, never as a number); the evidence of every asked
 * question under the attributes it measures and the rest under "Other questions asked"; red
 * flags; the recommendation and summary.
 */
export function buildScorecardSheet(input: ScorecardSheetInput): DocumentModel {
  const card = input.scorecard;
  const title = `Scorecard: ${input.candidateName}, ${card.roundName}, ${card.interviewer}`;
  const status =
    card.status === 'submitted'
      ? `Submitted ${card.submittedAt?.slice(0, 16).replace('T', ' ') ?? ''} UTC, version ${card.version}`
      : 'Draft, not submitted';
  const facts: [string, string][] = [
    ['Candidate', input.candidateName],
    ['Role', input.roleTitle],
    ['Round', card.roundName],
    ['Interviewer', card.interviewer],
    ['Status', status],
    ['Recommendation', card.recommendation ? recommendationLabels[card.recommendation] : 'not given yet'],
  ];
  if (card.reason) facts.push(['Why this version', card.reason]);
  const blocks: Block[] = [
    heading(1, title),
    keyValues(facts),
    heading(2, 'Focus attributes'),
    table(
      [
        { header: 'Attribute', weight: 2 },
        { header: 'Rating', weight: 1 },
        { header: 'Note', weight: 4 },
      ],
      card.attributeRatings.map((a) => [a.label, attributeScoreLabel(a.rating), a.note]),
    ),
  ];
  for (const a of card.attributeRatings) {
    blocks.push(heading(3, `Evidence: ${a.label}`));
    blocks.push(
      a.evidence.length > 0
        ? bullets(a.evidence.map((e) => evidenceItem(e)))
        : paragraph('No question asked in this interview measured it.'),
    );
  }
  if (card.otherQuestions.length > 0) {
    blocks.push(
      heading(2, 'Other questions asked'),
      bullets(
        card.otherQuestions.map((q) =>
          evidenceItem(q, `${q.adHoc ? ', added during the call' : ''}; measures ${q.measures.join(', ')}`),
        ),
      ),
    );
  }
  if (card.redFlags.length > 0) blocks.push(heading(2, 'Red flags raised'), bullets(card.redFlags));
  blocks.push(heading(2, 'Summary'), paragraph(card.summary.trim() || 'No summary written yet.'));
  return documentOf(
    { title, subject: 'Interview scorecard', author: card.interviewer, keywords: ['interview', 'scorecard'] },
    blocks,
  );
}
