/** The candidates feature's public entry: the area's screen and a candidate's address. */
export { CandidatesScreen } from './CandidatesScreen';
export { hashForCandidateRoute } from './candidate-route';
