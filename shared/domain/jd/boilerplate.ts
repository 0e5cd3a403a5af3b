import { type BoilerplateKind, boilerplateKindOf } from './boilerplate-kinds';
import type { JdFlat } from './document';
import { headingShape } from './heading-line';
import { isBoilerplateHeading, isConditionsHeading } from './split';
import { BULLET, countSpaceSeparated } from './text';

/**
 * Boilerplate: the standing paragraphs an applicant tracking system appends to every posting
 * (equal opportunity, accommodation, privacy, work authorisation, pay policy, agency notices),
 * plus "Label: value" lines at the top (location, department, requisition id). Legal text speaks
 * of "applicants" and "the successful candidate" on purpose, and nobody reads it as part of the
 * job, so the reader-facing checks (length, "the candidate", gender-coded words, sentence
 * counts) leave it out. Pay is still read from it: a pay-policy paragraph often holds the range.
 */
export type { BoilerplateKind };

export interface BoilerplateSpan {
  start: number;
  end: number;
  kind: BoilerplateKind;
}

/** "Location: Remote (US)", "Employment type: Full-time", "Req ID: 4512". */
const METADATA_LABEL = String.raw`(?:job |work |office |primary |additional )?(?:locations?|salary|pay(?: rate| range)?|base pay|compensation|rate|duration|contract|worker type|standort|gehalt|department|team|division|employment type|job type|type|req(?:uisition)?(?: id| number| #)?|job id|job code|posted|date posted|posting date|workplace(?: type)?|work (?:type|model|mode|arrangement|schedule)|time type|job family|category|function|travel|reports? to|hours|schedule|shift|start date|level|seniority|experience level|position type|contract type|company|organi[sz]ation|posted on|job requisition id|remote type)`;
const METADATA_LINE = new RegExp(
  String.raw`^[*_]*(?:[\p{L}]+(?: [\p{L}]+)? \/ )?${METADATA_LABEL}[*_]*\s*[:|]\s*\S`,
  'iu',
);
/** Workday's layout: the label alone on a line ("time type"), its value on the next ("Full time"). */
const METADATA_LABEL_ONLY = new RegExp(String.raw`^[*_]*${METADATA_LABEL}[*_]*\s*:?$`, 'iu');
const METADATA_MAX = 120;
/**
 * Any "Label: value" line ("Client: a terminal operator", "Job Order #: 1147", "Background/Drug
 * Screen: yes"): a run of three or more of them is a fact sheet of the job, whatever its labels,
 * read as facts and not as sentences. Most of its lines are short; one whose value runs on (a
 * schedule, a remote-work rule) is still a fact of the sheet, not a paragraph that makes the whole
 * sheet one.
 */
const LABEL_LINE =
  /^(?:[»>•·*-]\s*)?[*_]*\p{L}[\p{L}'’/-]*(?: [\p{L}'’/-]+){0,2}(?: #| No\.)?[*_]*\s*:\s*\S/u;
const FACT_SHEET_MIN = 3;

/**
 * A job board's line under the title: "Remote — Engineering — Full-time", "San Francisco, CA
 * (Hybrid)", "Remote, US". Short, no sentence end, and either parts joined by dashes, bars or
 * dots, or a place and a way of working.
 */
function isPlaceLine(text: string): boolean {
  if (SUMMARY_CALLOUT.test(text)) return true;
  if (text.length > 80 || /[.!?]$/.test(text) || BULLET.test(text)) return false;
  if ((text.match(/\s[—–|·•]\s/g) ?? []).length >= 1 && countSpaceSeparated(text) <= 10) return true;
  return (
    countSpaceSeparated(text) <= 6 &&
    (/^(?:remote|hybrid|on-?site)\b/i.test(text) ||
      /^[A-Z][A-Za-z. ]+, [A-Z]{2}\b(?:\s*(?:\(|-|–|or)\s*.{0,30})?$/.test(text))
  );
}

/** A one-line summary a posting opens with ("> 💡 **TL;DR** — ..."): it repeats the facts below. */
const SUMMARY_CALLOUT =
  /^>?\s*(?:\p{Extended_Pictographic}\uFE0F?\s*)?[*_]*(?:tl;?dr|in short|at a glance|quick facts)[*_:]*\s*[—–:-]/iu;

interface Unit {
  start: number;
  end: number;
  text: string;
  /** A line of a fact sheet (a run of "Label: value" lines). */
  fact?: boolean;
}

/**
 * A section's body cut into paragraphs: blank-line blocks, each bullet on its own, and each
 * line on its own where every line ends a sentence (ATS text pasted without blank lines).
 * Hard-wrapped paragraphs stay whole. With `factSheets`, a run of "Label: value" lines is a
 * fact sheet, each line a fact.
 */
function unitsOf(text: string, from: number, to: number, factSheets: boolean): Unit[] {
  const units: Unit[] = [];
  let block: Unit[] = [];
  const flush = () => {
    if (block.length === 0) return;
    if (
      factSheets &&
      block.length >= FACT_SHEET_MIN &&
      block.every(
        (l, i) =>
          LABEL_LINE.test(l.text.trim()) ||
          (i === 0 &&
            l.text.length <= METADATA_MAX &&
            isHeadingShaped(l.text.replace(/^\s*[»>•·*-]\s*/, ''))),
      ) &&
      block.filter((l) => l.text.length <= METADATA_MAX).length * 2 > block.length
    ) {
      // The sheet's own caption ("Quick details") goes with it.
      units.push(...block.map((l) => ({ ...l, fact: true })));
      block = [];
      return;
    }
    const perLine =
      block.length === 1 ||
      block.every(
        (l) =>
          l.text.length <= METADATA_MAX && (METADATA_LINE.test(l.text.trim()) || isPlaceLine(l.text.trim())),
      ) ||
      block.every((l, i) => i % 2 === 1 || METADATA_LABEL_ONLY.test(l.text.trim())) ||
      block.some((l) => BULLET.test(l.text)) ||
      block.slice(0, -1).every((l) => /[.!?:;)]["'”’]?\s*$/.test(l.text));
    if (perLine) units.push(...block);
    else {
      const first = block[0] as Unit;
      const last = block[block.length - 1] as Unit;
      units.push({ start: first.start, end: last.end, text: text.slice(first.start, last.end) });
    }
    block = [];
  };
  let pos = from;
  while (pos < to) {
    let nl = text.indexOf('\n', pos);
    if (nl === -1 || nl > to) nl = to;
    const line = text.slice(pos, nl);
    if (line.trim()) block.push({ start: pos, end: nl, text: line });
    else flush();
    pos = nl + 1;
  }
  flush();
  return units;
}

/**
 * A unit standing alone (its own block or line) with a heading's shape: the caption of a fact
 * sheet ("Quick details") or the heading of a legal paragraph ("Our Commitment"). A unit already
 * stands apart from its neighbours, so the shape alone decides.
 */
const isHeadingShaped = (text: string) => headingShape(text.trim()) !== null;

const EEO_LINE = /\bequal (?:employment )?opportunity(?: and affirmative action)? employer\b/i;

/**
 * Headings under which an ATS puts whatever did not fit elsewhere: the pay and benefits as often
 * as the legal text, so their paragraphs are judged one by one.
 */
const MIXED_HEADING = /^(?:additional|other|more) (?:information|info|details)$/i;

/** Every boilerplate span of the flat text, in order. */
export function findBoilerplate(flat: JdFlat): BoilerplateSpan[] {
  const text = flat.text;
  const spans: BoilerplateSpan[] = [];
  for (const section of flat.sections) {
    if (section.index < 0) continue;
    if (section.heading && isBoilerplateHeading(section.heading) && !MIXED_HEADING.test(section.heading)) {
      const kind =
        boilerplateKindOf(text.slice(section.start, section.end)) ??
        (isConditionsHeading(section.heading) ? 'conditions' : 'process');
      spans.push({ start: section.headingStart, end: section.end, kind });
      continue;
    }
    // In a list of duties or requirements, "Label: value" lines are items ("Languages: Go, Rust").
    const listSection = section.id === 'first90' || section.id === 'requirements';
    const units = unitsOf(text, section.start, section.end, !listSection);
    units.forEach((unit, i) => {
      const body = unit.text.trim();
      const prevUnit = units[i - 1];
      // A value under a bare label is a short phrase ("Chicago, IL"), never a sentence.
      const labelled =
        prevUnit !== undefined && METADATA_LABEL_ONLY.test(prevUnit.text.trim()) && !/[.!?]$/.test(body);
      if (
        body.length <= METADATA_MAX &&
        (labelled ||
          unit.fact ||
          METADATA_LABEL_ONLY.test(body) ||
          METADATA_LINE.test(body.replace(BULLET, '')) ||
          isPlaceLine(body))
      ) {
        spans.push({ start: unit.start, end: unit.end, kind: 'metadata' });
        return;
      }
      // Legal paragraphs run long; a short line that merely mentions a word stays the job's,
      // except the one-line equal-opportunity statement ("Acme is an equal opportunity employer.").
      if (countSpaceSeparated(body) < 8 && !EEO_LINE.test(body)) return;
      const kind = boilerplateKindOf(body);
      if (!kind) return;
      const prev = units[i - 1];
      const start =
        prev && isHeadingShaped(prev.text) && !spans.some((s) => s.end >= prev.end) ? prev.start : unit.start;
      spans.push({ start, end: unit.end, kind });
    });
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** Whether [start, end) overlaps a boilerplate span (the spans are sorted and do not overlap). */
export function inBoilerplate(spans: readonly BoilerplateSpan[], start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid] as BoilerplateSpan;
    if (s.end <= start) lo = mid + 1;
    else if (s.start >= end) hi = mid - 1;
    else return true;
  }
  return false;
}
