import { placeholderSpans } from '../../documents/placeholders';
import {
  anyOf,
  atSentenceStart,
  BULLET_MARKS,
  findAll,
  matchCase,
  quote,
  type Span,
  withArticle,
} from '../text';
import type { JdCheckContext, JdFinding, JdPatternEntry } from '../types';
import { finding, type JdView, searchBody } from '../view';

/** Stock phrases: other duties, many hats, DevOps as needed, placeholders, guidance, "the candidate", jargon, ableist wording. */
export function phraseChecks(view: JdView, ctx: JdCheckContext): JdFinding[] {
  const p = ctx.data.phrases;
  const out: JdFinding[] = [];

  for (const s of searchBody(view, p.otherDuties, { withBoilerplate: true }))
    out.push(
      finding(
        view,
        'other-duties',
        'warning',
        s,
        `"${quote(s.text)}" tells a senior reader the scope is open-ended, so the strongest people pass.`,
        'Delete the line, or name the extra work (for example "cover the on-call rota one week in six").',
        '',
      ),
    );

  for (const s of searchBody(view, p.manyHats))
    out.push(
      finding(
        view,
        'many-hats',
        'warning',
        s,
        '"Wear many hats" reads as a tiny team, a broad scope, weekend work and vague pay.',
        'Say which two or three areas the hire covers, for example "own the billing API and its deploy pipeline".',
      ),
    );

  const senior =
    ctx.level === 'senior' ||
    ctx.level === 'lead' ||
    /\b(?:senior|sr|staff|principal|lead)\b/i.test(view.title.text);
  for (const s of searchBody(view, p.devopsAsNeeded))
    out.push(
      finding(
        view,
        'devops-as-needed',
        senior ? 'warning' : 'info',
        s,
        `"${quote(s.text)}" hints at a hidden SRE job without the title or the pay that goes with it.`,
        'Either scope the operations work ("join the on-call rota for the services you own") or hire for it separately.',
      ),
    );

  for (const s of placeholderSpans(view.text))
    out.push(
      finding(
        view,
        'unfilled-placeholder',
        'error',
        s,
        `The placeholder ${quote(s.text, 40)} was never filled in, and a posting with one looks careless.`,
        'Replace it with the real value, or delete the sentence.',
      ),
    );

  for (const span of guidanceSpans(view, p.guidanceMarkers, p.fillerText))
    out.push(
      finding(
        view,
        'guidance-leak',
        'error',
        span,
        'Notes meant for whoever writes the JD are still in it, and applicants would read them.',
        'Delete this guidance before the JD is posted.',
        '',
      ),
    );

  for (const s of searchBody(view, p.theCandidate)) {
    const { span, replacement, verbDone } = addressReader(view.text, s);
    out.push(
      finding(
        view,
        'the-candidate',
        'warning',
        span,
        `"${quote(s.text)}" talks about the reader instead of to them; "you" helps them picture doing the job.`,
        verbDone
          ? `Write "${replacement}" instead.`
          : `Write "${replacement}" and adjust the verb that follows.`,
        replacement,
      ),
    );
  }

  // A menu's or header's line of parts set apart by bars ("Hacker News new | past | jobs") is layout.
  const inBarredLine = (s: Span) => {
    const start = view.text.lastIndexOf('\n', s.start - 1) + 1;
    const end = view.text.indexOf('\n', s.end);
    return (view.text.slice(start, end === -1 ? undefined : end).match(/\s\|\s/g)?.length ?? 0) >= 2;
  };
  for (const s of searchBody(view, GRAMMAR_JOIN).filter((s) => !inBarredLine(s)))
    out.push(
      finding(
        view,
        'grammar-join',
        'warning',
        s,
        `"${quote(s.text)}" repeats itself, the sign of a sentence stitched together from parts.`,
        `Write "${s.text.split(/\s+/)[0]}" instead.`,
        s.text.split(/\s+/)[0] ?? '',
      ),
    );

  out.push(
    ...substitutions(
      view,
      'jargon',
      ctx.data.jargon.terms,
      (t) => `"${t}" is hype that makes the posting sound like a cliché and puts off experienced engineers.`,
    ),
  );
  out.push(
    ...substitutions(
      view,
      'ableist',
      ctx.data.ableist.phrases,
      (t) =>
        `"${t}" uses disability as a figure of speech or asks for an ability the work does not need, which can turn capable people away.`,
    ),
  );
  return out;
}

/**
 * A word written twice in a row on one line ("teams team", "the the", "a a"), as templates and pasted edits
 * leave behind. "that that" and "had had" can be right, so they are left alone; a singular
 * after its own plural ("teams team") counts too.
 */
const NOT_DOUBLED = String.raw`(?!(?:that|had|is|do|bye|so|very|no|now|far|more|go|two|four|yeah|ha|la|na|ma|pa)\b)`;
/**
 * Both forms need the next word to start with this word's letter, so that is checked first: most
 * words fail it at once instead of trying every length of themselves against the next word.
 */
const SAME_FIRST_LETTER = String.raw`(?=(?<first>[A-Za-z])[A-Za-z]*[ \t]\k<first>)`;
/** One space or tab between the two words: a menu's items stand wider apart ("Search Jobs    Job Alerts"). */
const GRAMMAR_JOIN = [
  String.raw`${SAME_FIRST_LETTER}(?:${NOT_DOUBLED}(?<word>[A-Za-z]{1,20})[ \t]\k<word>|${NOT_DOUBLED}(?<stem>[A-Za-z]{3,20})(?:s|es)[ \t]\k<stem>)(?![A-Za-z'’-])`,
];

/** The verb after "the candidate" as it goes after "you": "has" -> "have", "brings" -> "bring". */
const YOU_FORMS: Record<string, string> = {
  is: 'are',
  has: 'have',
  was: 'were',
  does: 'do',
  "isn't": "aren't",
  "hasn't": "haven't",
  "wasn't": "weren't",
  "doesn't": "don't",
};
const NOT_VERBS = new Set([
  'always',
  'perhaps',
  'sometimes',
  'towards',
  'besides',
  'across',
  'unless',
  'whereas',
  'afterwards',
  'nevertheless',
  'thereafter',
]);

function verbForYou(word: string): string | null {
  const form = YOU_FORMS[word.replace(/’/g, "'")];
  if (form) return form;
  if (!/^[a-z]{4,}s$/.test(word) || /(?:ss|us|is)$/.test(word) || NOT_VERBS.has(word)) return null;
  if (/[^aeiou]ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(?:sh|ch|x|z|ss|o)es$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

/**
 * "The ideal candidate" as "you", in the case the sentence needs. A possessive becomes "your";
 * at the start of a sentence the verb right after is made to agree ("The candidate has" ->
 * "You have"), the span growing to take it in.
 */
function addressReader(
  text: string,
  s: Span,
): { span: { start: number; end: number }; replacement: string; verbDone: boolean } {
  const plural = /^(?:candidates|applicants)\b/i.test(s.text);
  if (plural) {
    const replacement = matchCase(s.text, s.text.replace(/^(?:candidates|applicants)/i, 'you'));
    return { span: s, replacement, verbDone: true };
  }
  const singular = !/s$/i.test(s.text);
  const after = text.slice(s.end, s.end + 40);
  const possessive = singular ? /^['’]s\b/.exec(after) : null;
  if (possessive)
    return {
      span: { start: s.start, end: s.end + possessive[0].length },
      replacement: matchCase(s.text, 'your'),
      verbDone: true,
    };
  const next = /^([ \t]+)([a-z]+(?:['’]t)?)\b/.exec(after);
  const verb = singular && next && atSentenceStart(text, s.start) ? verbForYou(next[2] as string) : null;
  if (next && verb)
    return {
      span: { start: s.start, end: s.end + next[0].length },
      replacement: `${matchCase(s.text, 'you')}${next[1]}${verb}`,
      verbDone: true,
    };
  return { span: s, replacement: matchCase(s.text, 'you'), verbDone: false };
}

/** Where a line's own text starts: after indent, a bullet, heading marks and emphasis. */
const LINE_LEAD = new RegExp(`^[ \\t]*(?:(?:${BULLET_MARKS}|\\d{1,2}[.)]|#{1,6}|>)[ \\t]+)?[*_]*`);

/**
 * Writer guidance left in the text. A marker counts only where guidance is written: inside
 * brackets or parentheses ("(Six specific responsibilities...)", "[Insert the salary]"), or
 * opening a line and followed by a colon ("Note to recruiter: ..."). The span is the bracketed
 * note, or the whole line when the note is the line. Filler text counts anywhere. A marker that
 * needs a bracket before it checks for one after its first word ("replace(?<=[(\[][ \t]*replace)
 * this"): a lookbehind written first is tried at every position of the text, one after a word
 * only where the word is.
 */
function guidanceSpans(view: JdView, markers: string[], filler: string[]): { start: number; end: number }[] {
  const text = view.text;
  const spans = new Map<string, { start: number; end: number }>();
  const add = (start: number, end: number) => spans.set(`${start}:${end}`, { start, end });
  const lineOf = (at: number) => {
    const start = text.lastIndexOf('\n', at - 1) + 1;
    const nl = text.indexOf('\n', at);
    return { start, end: nl === -1 ? text.length : nl };
  };
  for (const s of findAll(anyOf(filler), text)) {
    const line = lineOf(s.start);
    add(line.start, line.end);
  }
  for (const s of findAll(anyOf(markers), text)) {
    const line = lineOf(s.start);
    const lead = (LINE_LEAD.exec(text.slice(line.start, line.end)) as RegExpExecArray)[0].length;
    const bodyStart = line.start + lead;
    // The innermost bracket still open before the marker, on the same line.
    const stack: number[] = [];
    for (let i = line.start; i < s.start; i++) {
      const c = text[i];
      if (c === '(' || c === '[') stack.push(i);
      else if ((c === ')' || c === ']') && stack.length > 0) stack.pop();
    }
    const open = stack.at(-1);
    if (open !== undefined) {
      let depth = 0;
      let close = line.end;
      for (let i = open; i < line.end; i++) {
        const c = text[i];
        if (c === '(' || c === '[') depth++;
        else if (c === ')' || c === ']') {
          depth--;
          if (depth === 0) {
            close = i + 1;
            break;
          }
        }
      }
      const restOfLine = text.slice(close, line.end).replace(/^[\s.]*/, '');
      if (open === bodyStart && restOfLine === '') add(line.start, line.end);
      else {
        let start = open;
        while (start > line.start && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
        add(start === line.start ? open : start, close);
      }
      continue;
    }
    const colon = /:$/.test(s.text) || /^[ \t]*[*_]*[ \t]*:/.test(text.slice(s.end, s.end + 8));
    if (s.start === bodyStart && colon) add(line.start, line.end);
  }
  return [...spans.values()].sort((a, b) => a.start - b.start);
}

const patternsByEntries = new WeakMap<JdPatternEntry[], string[]>();

/** The patterns of a word list, one array per list, so its search compiles and caches once. */
function patternsOf(entries: JdPatternEntry[]): string[] {
  let patterns = patternsByEntries.get(entries);
  if (!patterns) {
    patterns = entries.map((e) => e.pattern);
    patternsByEntries.set(entries, patterns);
  }
  return patterns;
}

const LIFTING = /\b(?:lift|carry|push|pull)/i;
const inConditions = (view: JdView, s: Span) =>
  view.boilerplate.some((b) => b.kind === 'conditions' && b.start <= s.start && s.end <= b.end);

function substitutions(
  view: JdView,
  id: 'jargon' | 'ableist',
  entries: JdPatternEntry[],
  why: (text: string) => string,
): JdFinding[] {
  const out: JdFinding[] = [];
  // A physical-demands part is the employer's standing text, yet "must be able to see and read
  // screens" there still asks for a body the work does not need; its lifting is the
  // physical-requirements check's.
  const withConditions = id === 'ableist' && view.boilerplate.some((b) => b.kind === 'conditions');
  const readable = (s: Span) =>
    !view.isBoilerplate(s.start, s.end) || (withConditions && !LIFTING.test(s.text) && inConditions(view, s));
  const search = (patterns: string[], caseSensitive = false) =>
    searchBody(view, patterns, { caseSensitive, withBoilerplate: withConditions }).filter(readable);
  // One pass with every pattern first: most postings have none, and then no entry needs its own pass.
  if (search(patternsOf(entries)).length === 0) return out;
  const taken: Span[] = [];
  // Entries are tried in order, and a span another entry already covers is skipped, so a
  // longer phrase listed first ("rockstar-level") wins over the word inside it.
  for (const entry of entries) {
    for (const s of search([entry.pattern], entry.caseSensitive === true)) {
      if (taken.some((t) => s.start < t.end && t.start < s.end)) continue;
      taken.push(s);
      const advice = entry.replacement.startsWith('(');
      const word = entry.plural && /s$/i.test(s.text) ? entry.plural : entry.replacement;
      const fixed = advice ? null : withArticle(view.text, s.start, matchCase(s.text, word));
      out.push(
        finding(
          view,
          id,
          'warning',
          fixed ? { start: fixed.start, end: s.end } : s,
          why(quote(s.text)),
          advice
            ? entry.replacement.slice(1, -1).replace(/^./, (c) => c.toUpperCase())
            : `Write "${fixed?.replacement}" instead.`,
          fixed ? fixed.replacement : null,
        ),
      );
    }
  }
  return out;
}
