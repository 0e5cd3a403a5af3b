import { type BlockKind, majorityKind, sentenceBounds, unitKind, unitsOfBlock } from './block-kind';
import type { JdSection } from './document';
import { LIST_ITEM } from './text';

/**
 * A posting with no heading for the job's own parts (at most the company's or the legal ones),
 * read by what its paragraphs say: the duties, the
 * requirements and the pay come out as parts of their own, so a posting written as prose is
 * judged on the same parts as one with headings. Text before the first such part is the
 * opening (the company and the role, told apart later as for any untitled opening); text after
 * it that says nothing clear stays with the part before.
 */

/** The kinds cut out as parts of their own. The company and the role are told apart elsewhere. */
const OWN_PART: ReadonlySet<BlockKind> = new Set(['first90', 'requirements', 'compensation']);

interface Piece {
  /** 'opening': the untitled opening; null: stays with the piece before. */
  id: BlockKind | 'opening' | null;
  text: string;
  /** Joined to the piece before with a space: a sentence run of the same paragraph. */
  sameParagraph: boolean;
}

/** A paragraph as the sentence runs of its kinds: each run starts at a sentence of a new kind. */
function sentenceRuns(paragraph: string, first: Piece['id']): Piece[] {
  const runs: Piece[] = [];
  for (const [start, end] of sentenceBounds(paragraph)) {
    const text = paragraph.slice(start, end).trim();
    const kind = unitKind(text);
    const last = runs[runs.length - 1];
    if (last && (!kind || !OWN_PART.has(kind) || kind === last.id)) last.text += ` ${text}`;
    else runs.push({ id: kind && OWN_PART.has(kind) ? kind : first, text, sameParagraph: runs.length > 0 });
  }
  return runs;
}

/** The parts of an untitled text; the text as one opening when no duty, requirement or pay part stands out. */
export function partsByContent(text: string): JdSection[] | null {
  const pieces: Piece[] = [];
  let opening = true;
  for (const paragraph of text.split(/\n[ \t]*\n\s*/)) {
    const units = unitsOfBlock(paragraph.split('\n'));
    const kinds = units.map(unitKind);
    const kind = majorityKind(kinds);
    const rest: Piece['id'] = opening ? 'opening' : null;
    // A header line in the opening ("Acme | Senior Backend Engineer | Remote | $180k") is no
    // part of its own; later, a line such as "Salary: $120,000 - $145,000" is.
    const headerLine = opening && !paragraph.trim().includes('\n') && !/[.!?]["'”’)]?\s*$/.test(paragraph);
    if (kind && !headerLine && (OWN_PART.has(kind) || (kind === 'company' && !opening))) {
      pieces.push({ id: kind, text: paragraph, sameParagraph: false });
      opening = false;
      continue;
    }
    // A paragraph that turns from one thing to another (the role, then what it asks of you, then
    // the pay) is a whole posting in one paragraph: its sentence runs are its parts.
    const said = new Set(kinds.filter((k): k is BlockKind => k !== null));
    if (said.size >= 2 && [...said].some((k) => OWN_PART.has(k)) && !LIST_ITEM.test(paragraph)) {
      pieces.push(...sentenceRuns(paragraph, rest));
      opening = false;
      continue;
    }
    pieces.push({ id: rest, text: paragraph, sameParagraph: false });
  }
  if (!pieces.some((p) => p.id !== 'opening' && p.id !== null)) return null;
  const sections: JdSection[] = [];
  for (const piece of pieces) {
    const id = piece.id === 'opening' ? 'about' : piece.id;
    const last = sections[sections.length - 1];
    if (last && (id === null || id === last.id))
      last.text += `${piece.sameParagraph ? ' ' : '\n\n'}${piece.text}`;
    else sections.push({ id: id ?? 'about', heading: '', text: piece.text });
  }
  return sections;
}

/** A paragraph of three or more sentences, most of them duties ("You will build..."). */
function isDutyParagraph(paragraph: string): boolean {
  const bounds = sentenceBounds(paragraph);
  return (
    bounds.length >= 3 && majorityKind(bounds.map(([a, z]) => unitKind(paragraph.slice(a, z)))) === 'first90'
  );
}

/**
 * A posting with no list of duties may tell them in a paragraph of its role text ("In your first
 * months you will take over..., You will build..."): that paragraph is the duties part. The
 * first paragraph stays the role's introduction.
 */
export function withProseDuties(sections: JdSection[]): JdSection[] {
  if (sections.some((s) => s.id === 'first90')) return sections;
  return sections.flatMap((s) => {
    if (s.id !== 'about') return [s];
    const paragraphs = s.text.split(/\n\s*\n/);
    const at = paragraphs.findIndex(isDutyParagraph);
    if (at <= 0) return [s];
    let end = at;
    while (end < paragraphs.length && isDutyParagraph(paragraphs[end] as string)) end += 1;
    const parts: JdSection[] = [
      { ...s, text: paragraphs.slice(0, at).join('\n\n') },
      { id: 'first90', heading: '', text: paragraphs.slice(at, end).join('\n\n') },
    ];
    if (end < paragraphs.length) parts.push({ ...s, heading: '', text: paragraphs.slice(end).join('\n\n') });
    return parts;
  });
}
