/** The scorecards feature's public entry: the scorecard of one interview. */
export { ScorecardScreen } from './ScorecardScreen';
