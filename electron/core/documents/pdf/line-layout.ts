import type { TextRun } from '../../../../shared/domain/documents/model';
import { embeddingLevels, isRightToLeft, mirrored, visualOrder } from './bidi';
import { FALLBACK_FACES, type FaceKey, type Faces, styleFace } from './fonts';

/** A measured piece of a line: one face, one size, one colour. */
export interface Piece {
  /** What is drawn. */
  text: string;
  /**
   * What the PDF's text layer carries instead of the drawn glyphs: the characters when no
   * embedded face has them (`text` is then one replacement mark each), or a Devanagari word,
   * whose shaped glyphs come in another order than its characters (a vowel sign drawn before
   * the consonant it follows), so the glyphs alone would read back scrambled.
   */
  actual?: string;
  face: FaceKey;
  size: number;
  color: string;
  /** Offset from the line's left edge. */
  x: number;
  width: number;
}

export interface Line {
  pieces: Piece[];
  width: number;
  /** Distance from the line's top to the next line's top. */
  height: number;
  /** Distance from the line's top to its baseline. */
  ascent: number;
}

export interface TextStyle {
  size: number;
  color: string;
  bold?: boolean;
  italic?: boolean;
  /** Line height as a multiple of the size. */
  leading: number;
}

/** Width of a string in a face at a size, in points: pdfkit's own measure, memoised per document. */
export type Measure = (face: FaceKey, size: number, text: string) => number;

// Ideographs, kana, hangul and CJK punctuation: a line may break between any two of them.
const CJK = /[\u2e80-\u9fff\ua960-\ua97f\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/u;

interface Atom {
  text: string;
  face: FaceKey;
  /** No face has these characters: replacement marks in `face` stand in for them. */
  missing: boolean;
  size: number;
  color: string;
  width: number;
  space: boolean;
  /** A line may start at this atom (after a space, or between CJK characters). */
  breakBefore: boolean;
  /** Bidi embedding level: odd runs right to left. */
  level: number;
}

/** Faces whose script fontkit lays out right to left by itself. */
const RTL_FACES: ReadonlySet<FaceKey> = new Set(['hebrew', 'arabic']);
/** Faces whose shaping reorders glyphs against the characters (see Piece.actual). */
const REORDERING_FACES: ReadonlySet<FaceKey> = new Set(['devanagari']);

const coverage = new Map<FaceKey, Map<number, boolean>>();

function covers(faces: Faces, face: FaceKey, codePoint: number): boolean {
  let known = coverage.get(face);
  if (!known) {
    known = new Map();
    coverage.set(face, known);
  }
  let has = known.get(codePoint);
  if (has === undefined) {
    has = faces[face].hasGlyphForCodePoint(codePoint);
    known.set(codePoint, has);
  }
  return has;
}

/** What stands in for a character no face has: U+FFFD, which every Latin face has. */
export const REPLACEMENT = '\ufffd';

// Characters a reader never draws (joiners, variation selectors, direction marks): no face needs them.
const IGNORABLE = /^\p{Default_Ignorable_Code_Point}$/u;

/**
 * The face for one character: the run's own style if it has the glyph, else the first fallback
 * that has it (Math, Symbols 2, then CJK); null if none has it, so that it is shown as missing
 * instead of vanishing from the page.
 */
function faceFor(faces: Faces, styled: FaceKey, char: string): FaceKey | null {
  const cp = char.codePointAt(0) ?? 32;
  if (cp === 32 || covers(faces, styled, cp)) return styled;
  for (const fallback of FALLBACK_FACES) if (covers(faces, fallback, cp)) return fallback;
  return IGNORABLE.test(char) ? styled : null;
}

/** The text drawn for an atom: its own, or a replacement mark per character if no face has them. */
const drawn = (text: string, missing: boolean) => (missing ? REPLACEMENT.repeat([...text].length) : text);

/**
 * The text drawn for an atom, in the order its glyphs are seen. fontkit already reverses
 * Hebrew and Arabic; anything else in a right-to-left run (brackets, marks, other scripts)
 * is reversed and mirrored here.
 */
function drawnInOrder(atom: Atom): string {
  const text = drawn(atom.text, atom.missing);
  if (!isRightToLeft(atom.level) || RTL_FACES.has(atom.face)) return text;
  return mirrored([...text].reverse().join(''));
}

function atomsOf(runs: TextRun[], style: TextStyle, faces: Faces, measure: Measure): Atom[] {
  const atoms: Atom[] = [];
  let afterSpace = true;
  const levels = embeddingLevels(runs.map((r) => r.text).join(''));
  let offset = 0;
  for (const run of runs) {
    const styled = styleFace(run.bold || style.bold, run.italic || style.italic);
    // Words, single spaces and single CJK characters, each in the face that can draw it.
    for (const token of run.text.match(/ +|[^ ]/gu) ?? []) {
      const level = levels[offset] ?? 0;
      offset += token.length;
      const space = token.startsWith(' ');
      const prev = atoms.at(-1);
      // A joiner belongs to the word around it: Devanagari and Arabic shape through it.
      if (prev && !prev.space && !prev.missing && IGNORABLE.test(token)) {
        prev.text += token;
        continue;
      }
      const found = space ? styled : faceFor(faces, styled, token);
      const face = found ?? styled;
      const missing = found === null;
      const cjk = !space && CJK.test(token);
      // Glue a character to the previous atom when no break may fall between them.
      if (
        prev &&
        !space &&
        !prev.space &&
        !cjk &&
        !CJK.test(prev.text.slice(-1)) &&
        prev.face === face &&
        prev.missing === missing &&
        prev.level === level
      ) {
        prev.text += token;
        continue;
      }
      atoms.push({
        text: token,
        face,
        missing,
        size: style.size,
        color: style.color,
        width: 0,
        space,
        breakBefore: space || afterSpace || cjk || (prev !== undefined && CJK.test(prev.text.slice(-1))),
        level,
      });
      afterSpace = space;
    }
  }
  for (const atom of atoms) atom.width = measure(atom.face, atom.size, drawnInOrder(atom));
  return atoms;
}

/** Splits a word wider than the line into pieces that fit, character by character. */
function splitWide(atom: Atom, max: number, measure: Measure): Atom[] {
  const width = (text: string) => measure(atom.face, atom.size, drawnInOrder({ ...atom, text }));
  const parts: Atom[] = [];
  let current = '';
  for (const ch of atom.text) {
    const next = current + ch;
    if (current !== '' && width(next) > max) {
      parts.push({ ...atom, text: current, width: width(current) });
      current = ch;
    } else current = next;
  }
  if (current) parts.push({ ...atom, text: current, width: width(current) });
  return parts.map((p, i) => ({ ...p, breakBefore: i > 0 || atom.breakBefore }));
}

/** The atoms between two break opportunities, which must stay on one line. */
function groupsOf(atoms: Atom[]): Atom[][] {
  const groups: Atom[][] = [];
  for (const atom of atoms) {
    const last = groups.at(-1);
    if (!last || atom.breakBefore || atom.space || last[0]?.space) groups.push([atom]);
    else last.push(atom);
  }
  return groups;
}

/** The width of the widest stretch that cannot be broken (a word): what a table column needs at least. */
export function longestGroup(runs: TextRun[], style: TextStyle, faces: Faces, measure: Measure): number {
  const widths = groupsOf(atomsOf(runs, style, faces, measure))
    .filter((g) => !g[0]?.space)
    .map((g) => g.reduce((sum, a) => sum + a.width, 0));
  return Math.max(0, ...widths);
}

/**
 * Lays runs out in lines no wider than `maxWidth`: breaks at spaces and between CJK characters,
 * never inside a word unless the word alone is wider than the line. Widths are measured with
 * the real fonts, so what is laid out here is exactly what the page shows.
 */
export function layoutLines(
  runs: TextRun[],
  maxWidth: number,
  style: TextStyle,
  faces: Faces,
  measure: Measure,
): Line[] {
  const groups = groupsOf(atomsOf(runs, style, faces, measure));
  const lines: Atom[][] = [[]];
  let width = 0;
  const current = () => lines[lines.length - 1] as Atom[];
  for (const group of groups) {
    const groupWidth = group.reduce((sum, a) => sum + a.width, 0);
    if (group[0]?.space) {
      if (current().length > 0) {
        current().push(...group);
        width += groupWidth;
      }
      continue;
    }
    if (width + groupWidth <= maxWidth + 0.01) {
      current().push(...group);
      width += groupWidth;
      continue;
    }
    // Trailing spaces do not count against the width; drop them and start a new line.
    while (current().at(-1)?.space) current().pop();
    if (current().length > 0) {
      lines.push([]);
      width = 0;
    }
    if (groupWidth <= maxWidth) {
      current().push(...group);
      width = groupWidth;
      continue;
    }
    for (const atom of group.flatMap((a) => (a.width > maxWidth ? splitWide(a, maxWidth, measure) : [a]))) {
      if (width + atom.width > maxWidth + 0.01 && current().length > 0) {
        lines.push([]);
        width = 0;
      }
      current().push(atom);
      width += atom.width;
    }
  }
  while (current().at(-1)?.space) current().pop();
  const height = style.size * style.leading;
  return lines
    .filter((l, i) => l.length > 0 || i === 0)
    .map((line) => ({
      ...piecesOf(line),
      height,
      ascent: style.size * (1 + (style.leading - 1.2) / 2),
    }));
}

/**
 * A line's atoms as pieces, left to right in the order the bidi algorithm shows them. They
 * are drawn in that order too, as PDF writers do: readers (and pdftotext) put right-to-left
 * words back into reading order themselves. Pieces join only left-to-right neighbours in
 * both orders; a right-to-left atom is a piece of its own.
 */
function piecesOf(line: Atom[]): { pieces: Piece[]; width: number } {
  const order = visualOrder(line.map((a) => a.level));
  const placed: { piece: Piece; last: number }[] = [];
  let x = 0;
  for (const index of order) {
    const atom = line[index] as Atom;
    const rtl = isRightToLeft(atom.level);
    const text = drawnInOrder(atom);
    const prev = placed.at(-1);
    if (
      prev &&
      !rtl &&
      prev.last === index - 1 &&
      !isRightToLeft(line[prev.last]?.level ?? 0) &&
      prev.piece.face === atom.face &&
      prev.piece.size === atom.size &&
      prev.piece.color === atom.color &&
      (prev.piece.actual !== undefined) === atom.missing
    ) {
      prev.piece.text += text;
      if (prev.piece.actual !== undefined) prev.piece.actual += atom.text;
      prev.piece.width += atom.width;
      prev.last = index;
    } else {
      const piece: Piece = {
        text,
        face: atom.face,
        size: atom.size,
        color: atom.color,
        x,
        width: atom.width,
      };
      if (atom.missing || REORDERING_FACES.has(atom.face)) piece.actual = atom.text;
      placed.push({ piece, last: index });
    }
    x += atom.width;
  }

  return { pieces: placed.map((p) => p.piece), width: x };
}
