/** The debrief feature's public entry: what other features and the app shell may use. */
export { CalibrationReport } from './CalibrationReport';
export { ClockStatus } from './ClockStatus';
export { DebriefScreen } from './DebriefScreen';
export { useDebriefStore } from './debrief-store';
export { useCandidateRecord } from './queries';
