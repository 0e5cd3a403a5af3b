import { ROLE_NOUN } from './heading-line';
import { ABBREVIATIONS, POST_STAMP } from './text';

/** The part of a "Company | Role | Place | Pay" line that names the role, or null for other lines. */
export function pipedTitle(line: string): string | null {
  const parts = line.split(/\s+\|\s+/);
  if (parts.length >= 3) return parts.find((p) => ROLE_NOUN.test(p))?.trim() ?? null;
  return dashedTitle(line);
}

/** Pay ("$160k–$190k") or a place or work mode ("Remote (US)", "Denver, CO") as a part of a title line. */
const PAY_OR_PLACE_PART =
  /^(?:[$£€]\s?\d|\d[\d,.]*\s?k?\s*(?:[-–]|to)\s*[$£€]?\d)|^(?:remote|hybrid|on[- ]?site|in[- ]office)\b|^[A-Z][\w. ]+,\s*[A-Z]{2}\b/i;

/**
 * "Backend Engineer — $160k–$190k — Remote (US)": a title line whose parts after dashes or dots
 * give the pay or the place names the role in its first part; those parts are still read there.
 */
function dashedTitle(line: string): string | null {
  const parts = line.split(/\s+[—–·]\s+/).map((p) => p.trim());
  const [role, ...rest] = parts;
  if (!role || rest.length < 2 || !ROLE_NOUN.test(role)) return null;
  return rest.every((p) => PAY_OR_PLACE_PART.test(p)) ? role : null;
}

/** Words that make a line read as a job's name even without a role noun ("Head of Backend", "Tech Lead"). */
const JOB_WORD =
  /\b(?:engineer|developer|programmer|architect|sre|lead|head|manager|director|scientist|analyst|backend|back-end|devops|intern)\b/i;
/** How far down a copied job page the title may sit under the board's name, menu (one item a line) and breadcrumbs. */
const OPENING_LINES = 20;
const CHROME_MAX = 120;
const TITLE_LINE_MAX = 140;
/** A forum comment's stamp above the post: "fernbank_cto 4 days ago | parent | context". */
const POST_STAMP_LINE = /\b\d{1,3} (?:minutes?|hours?|days?|weeks?|months?) ago\b/i;
/** A job board's search box copied with the page: "What: backend engineer   Where: Phoenix, AZ". */
const SEARCH_BOX = /^\s*(?:what|where|keywords?|search(?: jobs)?)\s*:/i;
/** A sentence's end, not an abbreviation's full stop ("Lakeshore Menu Co.", "Acme Inc."). */
const STOP_AT_END = /[.!?](?:\*\*|__)?\s*$/;
const endsSentence = (line: string) =>
  STOP_AT_END.test(line) && !ABBREVIATIONS.test(line.replace(/(?:\*\*|__)?\s*$/, ''));

/**
 * Which line is the title: the first line, unless it names no job and a short line a little
 * further down does, with only short lines above it. A copy of a job page starts that way: the
 * board's name, its menu, "Sign in", a breadcrumb or the company's name, then the job.
 */
export function titleLineIndex(lines: readonly string[], isHeading: (at: number) => boolean): number {
  const first = lines.findIndex((l) => l.trim());
  if (first < 0) return first;
  if (EMAIL_HEADER.test(lines[first] as string))
    return postingInEmail(lines, isHeading) ?? subjectLine(lines, first) ?? first;
  if (titleColumn(lines[first] as string) >= 0) return nextFilled(lines, first) ?? first;
  if (JOB_WORD.test(lines[first] as string)) return first;
  const posted = postUnderStamp(lines, first);
  if (posted !== null) return posted;
  let seen = 0;
  for (let at = first; at < lines.length && seen < OPENING_LINES; at++) {
    const line = (lines[at] as string).trim();
    if (!line) continue;
    seen++;
    // "Acme | Senior Backend Engineer (Go) | Remote | $170k": a forum post's header line under its
    // author's stamp names the job however long its parts run.
    if (at > first && POST_STAMP_LINE.test(lines[first] as string) && pipedTitle(line)) return at;
    if (
      at > first &&
      !isHeading(at) &&
      !SEARCH_BOX.test(line) &&
      ROLE_NOUN.test(line) &&
      line.length <= TITLE_LINE_MAX &&
      !endsSentence(line)
    )
      return wrapsOntoRoleNoun(lines[at - 1] ?? '', line) ? at - 1 : at;
    if (MENU_LINE.test(line)) continue;
    if (line.length > CHROME_MAX || endsSentence(line)) break;
  }
  return labelledTitle(lines) ?? titleOverJobFacts(lines, isHeading) ?? first;
}

/** How far down a page the fallbacks look for the title: past a careers page's hero and a jobs list. */
const PAGE_TOP_LINES = 60;
/** A "Job title" label alone on its line, as a template's heading or a form's field prints it. */
const TITLE_LABEL = /^\s*(?:#{1,6}\s*)?[*_]*(?:job|position|posting|role) title[*_]*\s*:?\s*[*_]*\s*$/i;
/** The job's facts under its title: where and how it is worked, or the board's Apply button. */
const JOB_FACTS =
  /\b(?:locations?|remote|hybrid|on-?site|in[- ]office|full[- ]time|part[- ]time)\b|^\s*[^,]{2,30}, [A-Z]{2}\b|^\s*(?:easy )?apply(?: now)?\s*$/i;

/** The line under a "Job title" label alone on its line. */
function labelledTitle(lines: readonly string[]): number | null {
  const end = Math.min(lines.length, PAGE_TOP_LINES);
  for (let at = 0; at < end; at++) if (TITLE_LABEL.test(lines[at] as string)) return nextFilled(lines, at);
  return null;
}

/**
 * A careers page or a portal, whose hero text or welcome line comes before the job: the first
 * short line naming a job with the job's facts right under it ("Toronto, ON · Hybrid",
 * "Job Locations US-OH-Columbus", "Apply now").
 */
function titleOverJobFacts(lines: readonly string[], isHeading: (at: number) => boolean): number | null {
  const end = Math.min(lines.length, PAGE_TOP_LINES);
  for (let at = 0; at < end; at++) {
    const line = (lines[at] as string).trim();
    if (!line || isHeading(at) || !ROLE_NOUN.test(line) || line.length > TITLE_LINE_MAX || endsSentence(line))
      continue;
    const next = nextFilled(lines, at);
    if (next !== null && next - at <= 2 && JOB_FACTS.test(lines[next] as string)) return at;
  }
  return null;
}

/**
 * A chat channel's post: the server's name, the channel and its topic sit above the author's
 * stamp, and the post's first line, when it names a job, is the title.
 */
function postUnderStamp(lines: readonly string[], first: number): number | null {
  for (let at = first; at < Math.min(lines.length, first + OPENING_LINES); at++) {
    if (!POST_STAMP.test((lines[at] as string).trimEnd())) continue;
    const next = nextFilled(lines, at);
    return next !== null && ROLE_NOUN.test(lines[next] as string) ? next : null;
  }
  return null;
}

/** "Subject: RE: 🔥 Sr. Backend Engineer - NYC (Hybrid) - $130K-$145K": the mail's subject and its parts. */
const SUBJECT = /^\s*subject\s*:\s*(?:(?:re|fwd?|aw|wg)\s*:\s*)*/i;
const SUBJECT_PART_BREAK = /\s+[-–—|·]\s+/;

/**
 * The role a mail's subject names, when the mail carries the job with no title line of its own
 * (a recruiter's note to candidates): the part of the subject with a role noun, past its
 * "RE:"s and pictographs. Null for any other line.
 */
export function subjectTitle(line: string): string | null {
  const subject = SUBJECT.exec(line);
  if (!subject) return null;
  const parts = line
    .slice(subject[0].length)
    .replace(/^(?:\p{Extended_Pictographic}|\uFE0F|\s)+/u, '')
    .split(SUBJECT_PART_BREAK);
  return parts.find((p) => ROLE_NOUN.test(p) && p.length <= TITLE_LINE_MAX)?.trim() ?? null;
}

/** The mail header's subject line, when it names a role; searched in the header block only. */
function subjectLine(lines: readonly string[], first: number): number | null {
  for (let at = first; at < lines.length && (lines[at] as string).trim(); at++)
    if (subjectTitle(lines[at] as string)) return at;
  return null;
}

/** A site's menu on one line, however long: "[Product](/product) · [Careers](/careers) · [Blog](/blog)". */
const MENU_LINE = /^(?:[^\n]*?\]\([^)\n]*\)){3}|^(?:[^\n]*?\s[·|•]\s){3}/;

/** "From: ...", "Subject: ...": a posting forwarded in an email, under the mail's headers and notes. */
const EMAIL_HEADER = /^\s*(?:from|to|cc|bcc|date|sent|subject)\s*:/i;
const HEADING_WITHIN_LINES = 4;

/**
 * The title of a posting inside an email: the first short line naming a job that is neither a
 * header of the mail nor a quoted line ("> ..."), with a heading of the posting a few lines below.
 */
function postingInEmail(lines: readonly string[], isHeading: (at: number) => boolean): number | null {
  for (let at = 0; at < lines.length; at++) {
    const line = (lines[at] as string).trim();
    if (!line || EMAIL_HEADER.test(line) || line.startsWith('>') || isHeading(at)) continue;
    if (!ROLE_NOUN.test(line) || line.length > TITLE_LINE_MAX || endsSentence(line)) continue;
    let seen = 0;
    for (let next = at + 1; next < lines.length && seen < HEADING_WITHIN_LINES; next++) {
      if (!(lines[next] as string).trim()) continue;
      seen++;
      if (isHeading(next)) return at;
    }
  }
  return null;
}

/** The cells of one line of a spreadsheet exported as CSV: commas split them, quotes hold commas in. */
function csvCells(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"' && quoted && line[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) {
      cells.push(cell.trim());
      cell = '';
    } else cell += c;
  }
  cells.push(cell.trim());
  return cells;
}

const HEADER_CELL = /^[A-Za-z][A-Za-z/#() ]{0,30}$/;
const TITLE_CELL = /^(?:job |position |role )?title$|^position$/i;

/**
 * "Req ID,Title,Department,Location,...": the header row of a tracker's rows exported as CSV, four
 * or more short labels with no spaces after the commas. Returns the index of its title column, or -1.
 */
function titleColumn(line: string): number {
  if (/,\s/.test(line)) return -1;
  const cells = csvCells(line);
  if (cells.length < 4 || !cells.every((c) => HEADER_CELL.test(c))) return -1;
  return cells.findIndex((c) => TITLE_CELL.test(c));
}

function nextFilled(lines: readonly string[], after: number): number | null {
  for (let at = after + 1; at < lines.length; at++) if ((lines[at] as string).trim()) return at;
  return null;
}

/**
 * The title of a tracker's row exported as CSV: the row's cell under the header's Title column.
 * The row itself stays in the text, where its place and pay cells are read.
 */
export function exportedRowTitle(lines: readonly string[], at: number): string | null {
  let header = at - 1;
  while (header >= 0 && !(lines[header] as string).trim()) header--;
  if (header < 0) return null;
  const column = titleColumn(lines[header] as string);
  if (column < 0) return null;
  const cell = csvCells(lines[at] as string)[column];
  return cell && ROLE_NOUN.test(cell) ? cell : null;
}

/** A role noun alone on a short line reads on from the line above: "Senior Backend / Platform / Data" then "Engineer". */
const WRAPPED_NOUN_MAX_WORDS = 3;

/**
 * Whether a title broke before its role noun, as a narrow PDF column breaks it: the line above
 * names the job's kind without its noun or a sentence end, and the short line under it holds the noun.
 */
export function wrapsOntoRoleNoun(above: string, line: string): boolean {
  const first = above.trim();
  const next = line.trim();
  return (
    first.length > 0 &&
    JOB_WORD.test(first) &&
    !ROLE_NOUN.test(first) &&
    !endsSentence(first) &&
    ROLE_NOUN.test(next) &&
    next.split(/\s+/).length <= WRAPPED_NOUN_MAX_WORDS &&
    !endsSentence(next)
  );
}
