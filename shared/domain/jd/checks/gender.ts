import { matchCase, quote, type Span, withArticle } from '../text';
import type { JdCheckContext, JdFinding } from '../types';
import { finding, type JdView, searchBody } from '../view';

/** How far masculine-coded words must outnumber feminine-coded ones for a warning (below: info). */
const WARN_LEAN = 3;

function coded(view: JdView, stems: string[], exceptions: Set<string>): Span[] {
  // A stem matches at the start of a word and runs to the word's end ("lead" -> "leadership").
  return searchBody(view, [`(?:${stems.join('|')})[A-Za-z'-]*`]).filter(
    (s) => !exceptions.has(s.text.toLowerCase()),
  );
}

/**
 * Gender-coded wording (Gaucher, Friesen and Kay 2011): when masculine-coded words outnumber
 * feminine-coded ones, each masculine-coded word is a finding. Feminine-coded wording is not
 * flagged: the study found it did not put men off.
 */
export function genderChecks(view: JdView, ctx: JdCheckContext): JdFinding[] {
  const g = ctx.data.genderCoded;
  const exceptions = new Set(g.technicalSenses.map((w) => w.toLowerCase()));
  const masculine = coded(view, g.masculine, exceptions);
  const feminine = coded(view, g.feminine, exceptions);
  const lean = masculine.length - feminine.length;
  if (lean <= 0) return [];
  const severity = lean >= WARN_LEAN ? 'warning' : 'info';
  return masculine.map((s) => {
    const word = s.text.toLowerCase();
    const known = g.neutralAlternatives[word];
    // In the case the sentence needs, with "a"/"an" in front made to fit ("an aggressive" -> "an ambitious...").
    const fixed = known ? withArticle(view.text, s.start, matchCase(s.text, known)) : null;
    return finding(
      view,
      'gender-coded',
      severity,
      fixed ? { start: fixed.start, end: s.end } : s,
      `"${quote(s.text)}" is one of ${masculine.length} masculine-coded words here against ${feminine.length} feminine-coded ones, a tilt that research links to fewer women applying.`,
      fixed
        ? `Write "${fixed.replacement}" instead, or balance the tone with words about working together.`
        : 'Use a neutral word, or balance the tone with words about working together and supporting others.',
      fixed ? fixed.replacement : null,
    );
  });
}
