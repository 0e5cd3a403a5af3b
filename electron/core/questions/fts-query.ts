/**
 * Turns what a person types into a safe FTS5 MATCH expression: every word becomes a quoted
 * prefix term ("sche"* matches "schema"), all words must match. Quotes, stars, brackets,
 * column filters and operators typed by the user are treated as plain separators, so no
 * input can reach SQLite as a syntax error. Returns null when nothing searchable is left.
 */
export function toMatchExpression(input: string, maxTerms = 12): string | null {
  const words = input.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];
  const terms = words
    .filter((w) => !/^(AND|OR|NOT|NEAR)$/.test(w)) // FTS5 keywords are only keywords in upper case
    .slice(0, maxTerms)
    .map((w) => `"${w}"*`);
  const operators = words.filter((w) => /^(AND|OR|NOT|NEAR)$/.test(w)).map((w) => `"${w.toLowerCase()}"*`);
  const all = [...terms, ...operators].slice(0, maxTerms);
  return all.length > 0 ? all.join(' ') : null;
}
