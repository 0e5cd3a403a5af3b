/** Figures as postings write them, in the digit groupings and units of many countries. */
/**
 * A number as postings write it: 35,00,000 (Indian lakh grouping); 165,000 or 165,000.00;
 * 70.000 or 70.000,00 (European thousands); 120'000 (Swiss); 150 000 (a space or thin space
 * between thousands); 150, 62.50 or 62,50. Digit runs are bounded and a number never starts or
 * ends inside a longer one, so a run of thousands of digits fails at once instead of backtracking.
 */
const NUMBER = String.raw`(?<![\d.,])(\d{1,2}(?:,\d{2}){1,3},\d{3}(?:\.\d{1,2})?|\d{1,3}(?:['’]\d{3}){1,4}(?:\.\d{1,2})?|\d{1,3}(?:,\d{3}){1,4}(?:\.\d{1,2})?|\d{1,3}(?:\.\d{3}){1,4}(?:,\d{1,2})?|\d{1,3}(?:[ \u2009\u202f]\d{3}){1,2}(?![\d.,])|\d{1,7}(?:[.,]\d{1,2})?)(?![\d])`;
/** "150k", "35L" or "35 lakh" (a hundred thousand), "1.2 Cr" (ten million). */
export const AMOUNT = String.raw`${NUMBER}(?:\s?([kK]|L|[Ll]akhs?|[Ll]acs?|[Cc]r|[Cc]rores?)(?![A-Za-z]))?`;

/** "165,000.00" -> 165000; "35,00,000" -> 3500000; "70.000" -> 70000; "150 000" -> 150000; "62,50" -> 62.5. */
function parseNumber(spaced: string): number {
  const raw = spaced.replace(/[ \u2009\u202f'’]/g, '');
  if (/^\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d{1,2})?$/.test(raw)) return Number(raw.replace(/,/g, ''));
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?$/.test(raw)) return Number(raw.replace(/,/g, ''));
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?$/.test(raw)) return Number(raw.replace(/\./g, '').replace(',', '.'));
  return Number(raw.replace(',', '.'));
}

/** A figure with its unit; "90" in "75k-90k" or "35-45L" takes the unit the other end shows. */
export function value(num: string, unit: string | undefined, otherUnit?: string): number {
  const n = parseNumber(num);
  if (unit) return n * multiplierOf(unit);
  return otherUnit && n < 1000 ? n * multiplierOf(otherUnit) : n;
}

/** What a lakh ("35L", "35 lakh") or a crore ("1.2 Cr") multiplies by, and a "k". */
export function multiplierOf(unit: string | undefined): number {
  if (!unit) return 1;
  if (/^k$/i.test(unit)) return 1_000;
  if (/^(?:l|lakhs?|lacs?)$/i.test(unit)) return 100_000;
  if (/^(?:cr|crores?)$/i.test(unit)) return 10_000_000;
  return 1;
}
