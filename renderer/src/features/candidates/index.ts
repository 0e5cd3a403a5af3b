/** The candidates feature's public entry: the area's screen. */
export { CandidatesScreen } from './CandidatesScreen';
