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

/** The columns a person's words are matched against; `facets` holds filter tokens only. */
const TEXT_COLUMNS = '{text topic strong_answer tags}';

/** A facet value as the single token the index stores for it (see migration 0002). */
export function facetToken(facet: string, value: string): string {
  return `f${Buffer.from(`${facet}\u001f${value}`, 'utf8').toString('hex')}`;
}

/**
 * The whole MATCH for a search: the words (in the text columns only) AND, per active facet,
 * any of its chosen values. Null when there are neither words nor filters.
 */
type Filters = Partial<Record<string, readonly string[] | undefined>>;

export function toSearchMatch(text: string, filters: Filters, columns = TEXT_COLUMNS): string | null {
  const parts: string[] = [];
  const words = toMatchExpression(text);
  if (words) parts.push(`${columns} : (${words})`);
  for (const [facet, values] of Object.entries(filters)) {
    if (!values || values.length === 0) continue;
    parts.push(`facets : (${values.map((v) => `"${facetToken(facet, v)}"`).join(' OR ')})`);
  }
  return parts.length > 0 ? parts.join(' AND ') : null;
}

/**
 * A search split in two for the text-first order: the matches with every word in the question
 * text, and the other matches. Null when there are no words.
 */
export function toTextFirstMatches(
  text: string,
  filters: Filters,
): { inText: string; elsewhere: string } | null {
  const words = toMatchExpression(text);
  const all = toSearchMatch(text, filters);
  const inText = toSearchMatch(text, filters, '{text}');
  if (!words || !all || !inText) return null;
  return { inText, elsewhere: `(${all}) NOT ({text} : (${words}))` };
}
