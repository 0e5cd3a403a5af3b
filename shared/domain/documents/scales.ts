/** The scales printed on interview documents, the same words the screens use. */

/** A question's four anchors, as a sheet labels them. */
export const ANCHOR_LABELS = ['1 · clearly weak', '2 · mixed', '3 · solid', '4 · clearly strong'] as const;

/** The attribute scale of a scorecard, with "not assessed" last: an answer, never a score. */
export const ATTRIBUTE_SCALE = [
  { name: '1 Weak', anchor: 'little or no sign of it' },
  { name: '2 Mixed', anchor: 'some signs, with clear gaps' },
  { name: '3 Solid', anchor: 'good evidence, small gaps' },
  { name: '4 Strong', anchor: 'clear evidence, more than once' },
  { name: 'Not assessed', anchor: 'this interview gave no way to judge it' },
] as const;
