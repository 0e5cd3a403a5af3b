import type { RoundKind, Session } from '../../../shared/kits';
import { labels } from '../../../shared/questions';

export interface DefaultRound {
  kind: RoundKind;
  name: string;
  minutes: number;
  sessions: Session[];
  focusAttributes: string[];
}

/**
 * The loop every role starts with: four rounds, from a half-hour recruiter call to a
 * half-day onsite. The focus attributes are spread so each standard one is looked at in at
 * least two rounds; the kits start empty and are filled from the bank.
 */
export const DEFAULT_ROUNDS: readonly DefaultRound[] = [
  {
    kind: 'screen',
    name: labels.round.screen,
    minutes: 30,
    sessions: [],
    focusAttributes: ['communication', 'collaboration'],
  },
  {
    kind: 'technical-screen',
    name: labels.round['technical-screen'],
    minutes: 45,
    sessions: [],
    focusAttributes: ['api-design', 'data-modelling-sql', 'system-design', 'communication'],
  },
  {
    kind: 'exercise',
    name: labels.round.exercise,
    minutes: 90,
    sessions: [],
    focusAttributes: ['api-design', 'data-modelling-sql', 'async-failure-modes', 'testing', 'security'],
  },
  {
    kind: 'onsite',
    name: labels.round.onsite,
    minutes: 240,
    sessions: [
      { name: 'Designing a system on the whiteboard', minutes: 60 },
      { name: 'Pairing on real code: build or debug', minutes: 75 },
      { name: 'Past work and behaviour, with the hiring manager', minutes: 60 },
      { name: 'Wrap-up with a product or data partner', minutes: 45 },
    ],
    focusAttributes: [
      'system-design',
      'async-failure-modes',
      'testing',
      'security',
      'collaboration',
      'communication',
    ],
  },
];
