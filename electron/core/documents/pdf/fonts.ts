import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as fontkit from 'fontkit';
import { AppError } from '../../errors';

/**
 * The faces a PDF can use: four of the Latin family, and fallbacks for what it lacks: arrows
 * and mathematical symbols, other symbols (check marks, stars, shapes), Chinese, Japanese and
 * Korean, Hebrew, Arabic, Devanagari and Thai. The fallbacks have one weight, which bold and
 * italic text uses too.
 */
export type FaceKey =
  | 'regular'
  | 'bold'
  | 'italic'
  | 'boldItalic'
  | 'math'
  | 'symbols'
  | 'cjk'
  | 'hebrew'
  | 'arabic'
  | 'devanagari'
  | 'thai';

const FILES: Record<FaceKey, string> = {
  regular: 'NotoSans-Regular.ttf',
  bold: 'NotoSans-Bold.ttf',
  italic: 'NotoSans-Italic.ttf',
  boldItalic: 'NotoSans-BoldItalic.ttf',
  math: 'NotoSansMath-Regular-symbols.ttf',
  symbols: 'NotoSansSymbols2-Regular-symbols.ttf',
  cjk: 'NotoSansCJKsc-Regular-names.otf',
  hebrew: 'NotoSansHebrew-Regular-names.ttf',
  arabic: 'NotoSansArabic-Regular-names.ttf',
  devanagari: 'NotoSansDevanagari-Regular-names.ttf',
  thai: 'NotoSansThai-Regular-names.ttf',
};

export const FACE_KEYS = Object.keys(FILES) as FaceKey[];

/**
 * Where a character the run's own face lacks is looked for, in order. The subsets share no
 * character (scripts/subset-fonts.sh), so the order only matters if the font set changes.
 */
export const FALLBACK_FACES: readonly FaceKey[] = [
  'math',
  'symbols',
  'cjk',
  'hebrew',
  'arabic',
  'devanagari',
  'thai',
];

/**
 * Where resources/fonts is: REQDESK_FONT_DIR if set; the packaged app's resources folder
 * (electron-builder copies the fonts there); otherwise the repository's resources/fonts, found
 * by walking up from this module (source, tests and the built out/ folder alike).
 */
export function findFontDirectory(
  env: NodeJS.ProcessEnv = process.env,
  resourcesPath = (process as { resourcesPath?: string }).resourcesPath,
  from = path.dirname(fileURLToPath(import.meta.url)),
): string {
  const candidates: string[] = [];
  if (env.REQDESK_FONT_DIR) candidates.push(env.REQDESK_FONT_DIR);
  if (resourcesPath) candidates.push(path.join(resourcesPath, 'fonts'));
  for (let dir = from; ; dir = path.dirname(dir)) {
    candidates.push(path.join(dir, 'resources', 'fonts'));
    if (path.dirname(dir) === dir) break;
  }
  const found = candidates.find((dir) => fs.existsSync(path.join(dir, FILES.regular)));
  if (!found) throw new AppError('internal', 'The fonts for PDF export are missing from this installation.');
  return found;
}

export type Faces = Record<FaceKey, fontkit.Font>;

let cached: { dir: string; faces: Faces } | null = null;

/** The parsed faces, read once per process: parsing is most of the cost of a first export. */
export function loadFaces(dir = findFontDirectory()): Faces {
  if (cached?.dir === dir) return cached.faces;
  const faces = {} as Faces;
  for (const key of FACE_KEYS) {
    const file = path.join(dir, FILES[key]);
    if (!fs.existsSync(file))
      throw new AppError(
        'internal',
        `The font ${FILES[key]} for PDF export is missing from this installation.`,
      );
    const font = fontkit.create(fs.readFileSync(file));
    if (!('layout' in font))
      throw new AppError('internal', `${FILES[key]} is a font collection, not a font.`);
    keepCharacters(font);
    faces[key] = font;
  }
  cached = { dir, faces };
  return faces;
}

/**
 * fontkit keeps one glyph object per glyph id, holding the characters of the first request.
 * Writing a font subset asks for the parts of an accented letter with no characters (the N
 * inside Ñ), and since the faces live for the whole process, a later PDF that draws a plain N
 * would map it to no text: copying, searching and screen readers would lose the letter. A
 * request that names the characters fills them in.
 */
function keepCharacters(font: fontkit.Font): void {
  const getGlyph = font.getGlyph.bind(font);
  font.getGlyph = (glyphId, codePoints = []) => {
    const glyph = getGlyph(glyphId, codePoints);
    if (glyph && glyph.codePoints.length === 0 && codePoints.length > 0) glyph.codePoints = codePoints;
    return glyph;
  };
}

export function styleFace(bold: boolean | undefined, italic: boolean | undefined): FaceKey {
  if (bold && italic) return 'boldItalic';
  if (bold) return 'bold';
  if (italic) return 'italic';
  return 'regular';
}
