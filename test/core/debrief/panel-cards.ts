import type { PanelCard } from './panel';

/** Three interviewers on one technical screen: a 1-vs-3 gap on API design, a split, one red flag. */
export const PANEL: PanelCard[] = [
  {
    interviewer: 'Dana Reyes',
    items: [
      { rating: 4, evidence: 'Split the ledger table by month; showed the plan' },
      { rating: 3, evidence: 'Kept v1 alive nine months for two partners' },
    ],
    scores: { 'api-design': 3, 'data-modelling-sql': 4, 'system-design': 3, communication: 3 },
    recommendation: 'strong-yes',
    summary: 'Has run real systems and can say why.',
  },
  {
    interviewer: 'Lee Okafor',
    items: [
      { rating: 3, evidence: 'Normalised first, denormalised the hot read path' },
      {
        rating: 1,
        evidence: 'Broke clients twice without a deprecation window',
        redFlags: ['Shaky on databases'],
      },
    ],
    scores: { 'api-design': 1, 'data-modelling-sql': 3, 'system-design': 'not-assessed', communication: 2 },
    recommendation: 'no',
    summary: 'Contracts were an afterthought.',
  },
  {
    interviewer: 'Kim Tanaka',
    items: [
      { rating: 3, evidence: 'Chose Postgres over a document store for the joins' },
      { rating: 2, evidence: 'Versioned in the path, unsure about sunsetting' },
    ],
    scores: { 'api-design': 2, 'data-modelling-sql': 3, 'system-design': 3, communication: 3 },
    recommendation: 'yes',
    summary: 'Solid on data, thinner on contracts.',
  },
];
