/**
 * Headings written into the start of a paragraph ("Responsibilities: own the tracking API; build
 * the webhook service; ..."), as careers pages that flatten their layout write them. The label
 * heads its section as a heading line would; the rest of the paragraph is that section's text.
 */

/** "Label: text", the label optionally in bold ("**Requirements:** 3+ years..."). */
const RUN_IN = /^(\s*(?:\*\*|__)?)([^:：*_]{2,60}?)[:：]\s*(?:\*\*|__)?\s+(\S.*)$/;
/** Shorter than this, the text after the label is a field's value ("Experience: 3+ years"). */
const RUN_IN_MIN_WORDS = 6;
const LIST_START = /^\s*(?:[-*•–·▪◦●○■□➤➢✓✔]|\d{1,2}[.)])\s+/;
/** "$118,000", "CA$105k", "118,000 –": an amount, not a sentence. */
const AMOUNT_FIRST = /^(?:[A-Z]{0,3}[$£€]|\d{1,3}(?:,\d{3})+|\d{2,3}k\b)/;
const LABEL_LINE = /^\s*[^:：\s][^:：]{0,40}[:：]\s+\S/;

const isBlank = (line: string | undefined) => !line?.trim();

/**
 * The lines with each run-in heading set on a line of its own above its paragraph's text. A
 * run-in heading opens a paragraph (a blank line or nothing above), its label is a heading the
 * vocabulary knows (`isHeading`), and the text after it runs on; a line among other
 * "Label: value" lines is a fact sheet's, and stays.
 */
export function withRunInHeadings(lines: readonly string[], isHeading: (label: string) => boolean): string[] {
  const runIns = new Map<number, [string, string]>();
  for (const [i, line] of lines.entries()) {
    const m = isBlank(lines[i - 1]) && !LIST_START.test(line) ? RUN_IN.exec(line) : null;
    const label = m?.[2]?.trim();
    if (!label) continue;
    const rest = m?.[3] ?? '';
    const sheet = !isBlank(lines[i + 1]) && LABEL_LINE.test(lines[i + 1] as string);
    // A value that opens on an amount ("Salary range: $118,000 – $138,000 ...") is a field's.
    const prose = !AMOUNT_FIRST.test(rest) && rest.split(/\s+/).length >= RUN_IN_MIN_WORDS;
    if (!sheet && prose && isHeading(`${label}:`)) runIns.set(i, [`${label}:`, rest]);
  }
  // One labelled paragraph in a letter ("About us: ...") is a sentence; the layout is run-in
  // headings when the posting heads its parts that way.
  if (runIns.size < RUN_IN_MIN_LABELS) return [...lines];
  return lines.flatMap((line, i) => runIns.get(i) ?? [line]);
}

const RUN_IN_MIN_LABELS = 2;
