/** The JD checks: pure, no I/O; the word lists come in with the context. */

export { payTransparencyLawsFor } from './checks/pay-laws';
export { findPayRange, type PostedPay } from './checks/pay-read';
export { JD_WORDS } from './checks/structure';
export {
  flattenJd,
  type JdFlat,
  type JdFlatSection,
  type JdSection,
  type JdSectionId,
  type JdText,
  jdSectionIds,
  sectionAt,
} from './document';
export { runJdChecks } from './run';
export { JD_SCORE_RULES, scoreFindings } from './score';
export { headingOf, splitJdText } from './split';
export type {
  JdArchetype,
  JdCheckContext,
  JdCheckData,
  JdCheckId,
  JdCheckReport,
  JdDeduction,
  JdFinding,
  JdLevel,
  JdPatternEntry,
  JdSeverity,
  PayTransparencyLaw,
} from './types';
export { jdCheckIds } from './types';
export {
  findLocationInText,
  findLocationsInText,
  type JdLocation,
  parseLocation,
  US_STATES,
} from './us-states';
