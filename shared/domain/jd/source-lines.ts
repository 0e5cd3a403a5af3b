import { withBulletStacksRestored } from './bullet-stacks';
import { withColumnsRead } from './columns';
import { BULLET } from './text';

/**
 * Lines of a pasted or exported posting that belong to the file it came in, not to the text a
 * reader reads: a PDF's page header or footer ("Acme · Confidential   Page 1 of 2"), repeated
 * at every page break, and the YAML front matter of a careers-site markdown file.
 */

/**
 * A page header or footer: a line that ends in "Page 2 of 3", or a page number alone ("Page 2",
 * "- 2 -"). A sentence may mention a page; it does not end on "of 3" after one.
 */
const PAGE_FURNITURE = /\bpage\s+\d+\s*(?:of|\/)\s*\d+\s*$|^\s*(?:page\s+\d+|-\s*\d+\s*-)\s*$/i;
const PAGE_FURNITURE_MAX = 120;

/** "---" alone on a line opens and closes front matter. */
const FRONT_MATTER_FENCE = /^---\s*$/;
/** A front matter field: "title: ...", "location: ...", "posted: 2026-11-02". */
const FIELD = /^([A-Za-z][\w-]*)\s*:\s*(.*)$/;
const FRONT_MATTER_MAX_LINES = 40;
const MARKDOWN_H1 = /^#\s+(.+?)\s*#*\s*$/;

const unquote = (value: string) => value.trim().replace(/^(["'])(.*)\1$/, '$2');

/**
 * The lines as a reader reads them: a page in two columns read one column after the other (before
 * the page footer in a column's last row is dropped), page furniture dropped, and front matter turned round so
 * the posting's title (the front matter's own, else the first H1) is the first line and the
 * other fields follow as "Label: value" lines, where the place is still read.
 */
export function readerLines(lines: readonly string[]): string[] {
  const kept = withoutHeaderButtons(
    withoutProfileMatch(withoutPageTail(withColumnsRead(lines))).filter(
      (l) => !(l.length <= PAGE_FURNITURE_MAX && PAGE_FURNITURE.test(l)),
    ),
  );
  return withBulletStacksRestored(
    withRuledHeadings(
      withFrontMatterRead(withBoxesOpened(withWikiHeadings(withEmojiBullets(withQuotedPostingOpened(kept))))),
    ),
  );
}

/** A line of an email's quoted text: "> About the role", ">" alone. */
const QUOTED = /^>[ \t]?/;
/** From this many quoted lines in a row, the quote is a document pasted into the mail, not a question answered inline. */
const QUOTED_POSTING_MIN = 12;

/**
 * A posting a hiring manager pasted into a mail that quotes it ("> Platform Engineer II", "> -
 * Own the..."): the long quoted run is read without its quote marks. Short quoted runs, the
 * questions answered inline in a reply, keep them.
 */
function withQuotedPostingOpened(lines: readonly string[]): readonly string[] {
  let out: string[] | null = null;
  for (let at = 0; at < lines.length; ) {
    let end = at;
    while (end < lines.length && QUOTED.test(lines[end] as string)) end++;
    if (end - at >= QUOTED_POSTING_MIN) {
      out ??= lines.slice();
      for (let i = at; i < end; i++) out[i] = (lines[i] as string).replace(QUOTED, '');
    }
    at = end === at ? at + 1 : end;
  }
  return out ?? lines;
}

/** A line led by a pictograph ("👉 New booking endpoints", "✅ Go in production"). */
const EMOJI_LEAD = /^(\s*)\p{Extended_Pictographic}\uFE0F?\s+(?=\S)/u;

/**
 * Lines in a row each led by a pictograph are a list, as a feed or chat post writes one: they
 * become "•" items. One such line alone, followed by plain text, is an emoji heading and stays.
 */
function withEmojiBullets(lines: readonly string[]): string[] {
  const out = [...lines];
  const led = lines.map((l) => EMOJI_LEAD.test(l));
  for (let i = 0; i < lines.length; i++)
    if (led[i] && (led[i - 1] || led[i + 1])) out[i] = (lines[i] as string).replace(EMOJI_LEAD, '$1• ');
  return out;
}

/** A wiki or ticket system's heading ("h2. About the role", as Jira and Confluence write them). */
const WIKI_HEADING = /^\s*h[1-6]\.\s+(\S.*)$/;

/** Wiki headings become markdown's own, so a posting pasted out of a ticket is read by its headings. */
function withWikiHeadings(lines: readonly string[]): string[] {
  if (!lines.some((l) => WIKI_HEADING.test(l))) return [...lines];
  return lines.map((l) => {
    const m = WIKI_HEADING.exec(l);
    return m ? `## ${m[1]}` : l;
  });
}

/**
 * A board's list of other openings under the posting: "Similar jobs", "Jobs you may like", "People
 * also viewed", or LinkedIn's "Set alert for similar jobs", under which its company card follows.
 */
const OTHER_JOBS_HEADING =
  /^\s*(?:#{1,6}\s*)?(?:(?:set (?:an? )?(?:job )?alert for )?(?:similar|related|recommended|suggested) (?:jobs|roles|openings|positions)(?: (?:at|from|near|for you)\b[^.!?]*)?|(?:other |more )?jobs you (?:may|might) (?:also )?(?:like|be interested in)|more jobs like this|people also viewed|explore other jobs|related searches|hiring insights|more (?:jobs|openings|roles) (?:at|from) [^.!?]+)\s*(?:\(\d+\))?\s*:?\s*$/i;

/**
 * The bar under a feed or chat post, where its replies begin: "Like  Comment  Repost  Send", its
 * reactions and reply count ("👍❤️ 214 · 47 comments"), a row of reactions ("🦀 14   👀 6") or
 * a thread's "3 Replies".
 */
const POST_BAR =
  /^\s*(?:like\s+comment\s+(?:repost|share)(?:\s+send)?|[^\p{L}\d]*\d[\d,.]*k?\s*·\s*\d[\d,.]*k?\s+comments?\b.*|(?:\p{Extended_Pictographic}\uFE0F?\s*\d+\s*){2,}|\P{L}*\d+ repl(?:y|ies))\s*$/iu;

/**
 * What a page prints under the posting is not the posting: the board's application form, the
 * other openings it lists (other employers' postings, with their own places and pay) and the
 * replies under a feed post (other people's words). The posting ends where the first begins.
 * Other jobs and replies are looked for only in the second half of the page, so a menu item at
 * the top ("Similar jobs" beside "Saved jobs") cuts nothing.
 */
function withoutPageTail(lines: readonly string[]): readonly string[] {
  const form = applicationForm(lines);
  const kept = form === -1 ? lines : lines.slice(0, form);
  for (let i = Math.floor(lines.length / 2); i < kept.length; i++) {
    const line = kept[i] as string;
    if (line.length <= 60 && (OTHER_JOBS_HEADING.test(line) || POST_BAR.test(line))) return kept.slice(0, i);
  }
  return kept;
}

/** The first fields of a board's application form: "* indicates a required field", "First Name *". */
const FORM_FIELD =
  /^\s*(?:\*\s*(?:indicates|denotes) (?:a )?required field|(?:first|last|full) name\s*\*?)\s*$/i;
/** The heading or button over the form: "Apply for this job", "Apply now", "Application". */
const FORM_HEADING =
  /^\s*(?:apply(?: now| for this (?:job|role|position))?|application(?: form)?|submit your application)\s*$/i;
const FORM_HEADING_ABOVE = 3;

/**
 * Where a job board's application form starts, or -1: its fields, answers and the voluntary
 * self-identification survey under it are the board's, not the posting's. The form is long, so
 * it may start before the middle of the page, but never in its first quarter, where a page's
 * header sits.
 */
function applicationForm(lines: readonly string[]): number {
  for (let i = Math.floor(lines.length / 4); i < lines.length; i++) {
    if (!FORM_FIELD.test(lines[i] as string)) continue;
    for (let k = i - 1; k >= Math.max(0, i - FORM_HEADING_ABOVE); k--)
      if (FORM_HEADING.test(lines[k] as string)) return k;
    return i;
  }
  return -1;
}

/** Where a board's widget matching the reader's profile to the job starts, and where the job's own facts resume. */
const PROFILE_MATCH =
  /^\s*(?:profile insights|here['’]s how the job qualifications align with your profile\.?)\s*$/i;
const PROFILE_MATCH_END = /^\s*(?:job details|full job description|about the job|job description)\s*$/i;
const PROFILE_MATCH_MAX = 30;

/**
 * A board's "Profile insights" widget (the skills it picked, "Do you have experience in MQTT?
 * Yes No Skip") asks the reader about themselves: its skills are no must-haves of the job. It
 * runs to the board's "Job details" or the employer's text; with neither in sight, it stays.
 */
function withoutProfileMatch(lines: readonly string[]): readonly string[] {
  const start = lines.findIndex((l) => PROFILE_MATCH.test(l));
  if (start < 0) return lines;
  const end = lines
    .slice(start + 1, start + 1 + PROFILE_MATCH_MAX)
    .findIndex((l) => PROFILE_MATCH_END.test(l));
  if (end < 0) return lines;
  return [...lines.slice(0, start), ...lines.slice(start + 1 + end)];
}

/** A job board's button copied with the page: "Apply", "Apply now", "Apply for this job", "Save". */
const HEADER_BUTTON = /^\s*(?:(?:easy )?apply(?: now| for this job)?|save(?: job)?|share)\s*$/i;

/**
 * A board's buttons copied with the page are not text of the posting. "Apply" over a paragraph
 * ("Send your resume...") heads the process, like "How to apply"; "Apply" over another heading,
 * a label or nothing is a button, and is dropped so it does not start a section.
 */
function withoutHeaderButtons(lines: readonly string[]): string[] {
  return lines.filter((line, i) => {
    if (!HEADER_BUTTON.test(line)) return true;
    const next = lines.slice(i + 1).find((l) => l.trim()) ?? '';
    return /[.!?]["'”’)]?\s*$/.test(next);
  });
}

/** A box's top or bottom edge drawn in text: "+------+", "┌──────┐". */
const BOX_EDGE = /^\s*[+┌└╔╚][-=─═+]{3,}[+┐┘╗╝]?\s*$/;
/** A line inside a box: "| Salary: €52,000 |"; a markdown table row has bars inside too, and stays. */
const BOX_ROW = /^\s*[|│║]\s?([^|│║]*?)\s*[|│║]\s*$/;

/**
 * A "key facts" box drawn with text characters is a list of lines to a reader: the edges go and
 * each row is read without its side bars.
 */
function withBoxesOpened(lines: readonly string[]): string[] {
  if (!lines.some((l) => BOX_EDGE.test(l))) return [...lines];
  return lines.filter((l) => !BOX_EDGE.test(l)).map((l) => BOX_ROW.exec(l)?.[1] ?? l);
}

/** A rule line: "=====" or "-----" alone, under a heading (setext) or as a divider. */
const RULE_LINE = /^\s*(?:={3,}|-{3,})\s*$/;
const RULED_HEADING_MAX = 80;

/**
 * Plain-text postings underline (and often overline) their headings with "=====" or "-----".
 * A short line that is no sentence and no list item, with a rule right under it, is a heading,
 * marked as markdown's own so it is read as one; the rules themselves are not text.
 */
function withRuledHeadings(lines: readonly string[]): string[] {
  if (!lines.some((l) => RULE_LINE.test(l))) return [...lines];
  const out: string[] = [];
  for (const [i, line] of lines.entries()) {
    if (RULE_LINE.test(line)) continue;
    const text = line.trim();
    const underlined = RULE_LINE.test(lines[i + 1] ?? '');
    const heading =
      underlined &&
      text.length > 0 &&
      text.length <= RULED_HEADING_MAX &&
      !BULLET.test(text) &&
      !/[.;,]$/.test(text) &&
      !text.startsWith('#');
    out.push(heading ? `## ${text}` : line);
  }
  return out;
}

function withFrontMatterRead(kept: string[]): string[] {
  const first = kept.findIndex((l) => l.trim());
  if (first < 0 || !FRONT_MATTER_FENCE.test(kept[first] as string)) return kept;
  let close = first + 1;
  while (close < kept.length && close - first <= FRONT_MATTER_MAX_LINES) {
    const line = kept[close] as string;
    if (FRONT_MATTER_FENCE.test(line)) break;
    if (line.trim() && !FIELD.test(line) && !/^\s+\S/.test(line)) return kept;
    close++;
  }
  if (close >= kept.length || !FRONT_MATTER_FENCE.test(kept[close] as string)) return kept;
  const fields = kept.slice(first + 1, close).filter((l) => FIELD.test(l));
  const rest = kept.slice(close + 1);
  const titleField = fields.find((l) => /^title\s*:/i.test(l));
  let title = titleField ? unquote((FIELD.exec(titleField) as RegExpExecArray)[2] as string) : '';
  // The page's H1 repeats the title (or is the title when the front matter has none).
  const h1 = rest.findIndex((l) => MARKDOWN_H1.test(l));
  const h1Text = h1 >= 0 ? ((MARKDOWN_H1.exec(rest[h1] as string) as RegExpExecArray)[1] as string) : '';
  if (h1 >= 0 && (!title || h1Text.trim() === title)) {
    title ||= h1Text.trim();
    rest.splice(h1, 1);
  }
  const otherFields = fields
    .filter((l) => l !== titleField)
    .map((l) => l.replace(/:\s*(["'])(.*)\1\s*$/, ': $2'));
  return [...(title ? [title, ''] : []), ...otherFields, '', ...rest];
}
