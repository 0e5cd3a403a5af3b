import { matchCase, quote, type Span, withArticle } from '../text';
import type { JdCheckContext, JdFinding } from '../types';
import { finding, type JdView, searchBody } from '../view';

/**
 * Thresholds. Gaucher, Friesen and Kay (2011) compared whole adverts by the share of coded words
 * and set no cut-off; the open-source Gender Decoder calls an advert coded when one list simply
 * outnumbers the other. A single trait word in a long posting moved no reader in the study's
 * experiments, so Reqdesk speaks up only when at least MIN_MASCULINE masculine-coded trait words
 * outnumber the feminine-coded ones by MIN_LEAN, and warns from WARN_LEAN on.
 */
const MIN_MASCULINE = 2;
const MIN_LEAN = 2;
const WARN_LEAN = 3;

const compiledNotTraits = new WeakMap<string[], RegExp>();

function notTraitPattern(patterns: string[]): RegExp {
  let re = compiledNotTraits.get(patterns);
  if (!re) {
    re = new RegExp(patterns.length > 0 ? patterns.join('|') : '(?!)', 'i');
    compiledNotTraits.set(patterns, re);
  }
  return re;
}

/**
 * Words that start with a stem, in the body outside boilerplate, whole words only (not the
 * second half of "event-driven"), less technical senses and words used as a title, an action
 * or a term rather than a trait (see notTraits in resources/data/jd/gender-coded-words.json).
 */
const wordsByStems = new WeakMap<string[], string[]>();

/** One pattern for a stem list, the same array each run, so the search is compiled and cached once. */
function stemWords(stems: string[]): string[] {
  let words = wordsByStems.get(stems);
  if (!words) {
    words = [`(?:${stems.join('|')})[A-Za-z']*`];
    wordsByStems.set(stems, words);
  }
  return words;
}

function coded(view: JdView, stems: string[], exceptions: Set<string>, notTrait: RegExp): Span[] {
  return searchBody(view, stemWords(stems), {
    sections: ['about', 'first90', 'requirements', 'compensation', 'company'],
    compound: true,
  }).filter((s) => {
    const word = s.text.toLowerCase();
    if (exceptions.has(word)) return false;
    const next = /^[ \t]+([A-Za-z-]+)/.exec(view.text.slice(s.end, s.end + 30))?.[1] ?? '';
    // "Lead Engineer", "Staff Lead": a capitalised "Lead" beside a role noun is a job title.
    if (/^lead/i.test(word) && /^(?:engineers?|developers?|architects?|roles?|position)$/i.test(next))
      return false;
    return !notTrait.test(`${word} ${next.toLowerCase()}`.trim());
  });
}

/**
 * Gender-coded wording (Gaucher, Friesen and Kay 2011): when masculine-coded trait words
 * outnumber feminine-coded ones, each masculine-coded word is a finding. Feminine-coded wording
 * is not flagged: the study found it did not put men off. How Reqdesk's lists and threshold
 * differ from the published ones: docs/gender-coded-words.md.
 */
export function genderChecks(view: JdView, ctx: JdCheckContext): JdFinding[] {
  const g = ctx.data.genderCoded;
  const exceptions = new Set(g.technicalSenses.map((w) => w.toLowerCase()));
  const notTrait = notTraitPattern(g.notTraits ?? []);
  const masculine = coded(view, g.masculine, exceptions, notTrait);
  // Too few masculine-coded words to speak of, whatever the feminine count: no need to look for those.
  if (masculine.length < MIN_MASCULINE) return [];
  const feminine = coded(view, g.feminine, exceptions, notTrait);
  const lean = masculine.length - feminine.length;
  if (lean < MIN_LEAN) return [];
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
      `"${quote(s.text)}" is one of ${masculine.length} masculine-coded trait words here against ${feminine.length} feminine-coded ones, a tilt that research links to fewer women applying.`,
      fixed
        ? `Write "${fixed.replacement}" instead, or balance the tone with words about working together.`
        : 'Use a neutral word, or balance the tone with words about working together and supporting others.',
      fixed ? fixed.replacement : null,
    );
  });
}
