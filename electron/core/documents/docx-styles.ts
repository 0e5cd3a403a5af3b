import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  type ILevelsOptions,
  type INumberingOptions,
  type IParagraphStyleOptions,
  type IStylesOptions,
  type ITableBordersOptions,
  LevelFormat,
} from 'docx';
import type { ListStyle } from '../../../shared/domain/documents/model';
import { listMarker } from '../../../shared/domain/documents/text';
import { THEME } from './theme';

/** The Word side of the theme: styles with Word's own names, list numbering, borders, properties. */

// Word measures in twips (1/20 pt) and font sizes in half-points.
export const PAGE = {
  letter: { width: 12240, height: 15840 },
  a4: { width: 11906, height: 16838 },
} as const;
export const MARGIN = 1440;
export const TABLE_CELL_PADDING = 100;
export const half = (pt: number) => Math.round(pt * 2);
export const twips = (pt: number) => Math.round(pt * 20);
export const hex = (color: string) => color.replace('#', '').toUpperCase();

// Latin and complex scripts in Calibri; East Asian text is left to the reader's theme font
// (Word has one for each language), since Calibri has no CJK glyphs.
const WORD_FONT = { ascii: THEME.wordFont, hAnsi: THEME.wordFont, cs: THEME.wordFont };

export const headingLevels = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;

function headingStyle(level: 1 | 2 | 3) {
  const h = THEME.headings[level];
  return {
    run: { font: WORD_FONT, size: half(h.size), bold: true, color: hex(h.color) },
    paragraph: {
      spacing: { before: twips(h.before), after: twips(h.after) },
      keepNext: true,
      keepLines: true,
      outlineLevel: level - 1,
    },
  };
}

const LIST_INDENT = twips(THEME.listIndent);

function listLevels(style: ListStyle): ILevelsOptions[] {
  return [0, 1].map((level) => ({
    level,
    format:
      style === 'bullet' ? LevelFormat.BULLET : level === 0 ? LevelFormat.DECIMAL : LevelFormat.LOWER_LETTER,
    text: style === 'bullet' ? listMarker('bullet', level as 0 | 1, 0) : `%${level + 1}.`,
    alignment: AlignmentType.LEFT,
    style: {
      paragraph: {
        indent: { left: LIST_INDENT * (level + 1), hanging: Math.round(LIST_INDENT * 0.75) },
      },
    },
  }));
}

// Named like Word's own list styles, so a reader (or python-docx) sees "List Bullet" and "List Number".
const listStyles: IParagraphStyleOptions[] = [
  { id: 'ListBullet', name: 'List Bullet' },
  { id: 'ListBullet2', name: 'List Bullet 2' },
  { id: 'ListNumber', name: 'List Number' },
  { id: 'ListNumber2', name: 'List Number 2' },
].map((s) => ({
  ...s,
  basedOn: 'Normal',
  quickFormat: true,
  paragraph: { spacing: { after: twips(THEME.listItemAfter) } },
}));

export const listStyleId = (style: ListStyle, depth: 0 | 1) =>
  `${style === 'bullet' ? 'ListBullet' : 'ListNumber'}${depth === 1 ? '2' : ''}`;

export const line = (color: string, size = 4) => ({ style: BorderStyle.SINGLE, size, color: hex(color) });
const none = { style: BorderStyle.NONE, size: 0, color: 'auto' };

export const gridBorders: ITableBordersOptions = {
  top: line(THEME.rule),
  bottom: line(THEME.rule),
  left: line(THEME.rule),
  right: line(THEME.rule),
  insideHorizontal: line(THEME.rule),
  insideVertical: line(THEME.rule),
};
export const noBorders: ITableBordersOptions = {
  top: none,
  bottom: none,
  left: none,
  right: none,
  insideHorizontal: none,
  insideVertical: none,
};

/** The document's styles: Normal in Calibri, Heading 1-3 kept with the next paragraph, list and table styles. */
export function documentStyles(): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: WORD_FONT, size: half(THEME.bodySize), color: hex(THEME.text) },
        paragraph: { spacing: { after: twips(THEME.paragraphAfter), line: 264 } },
      },
      heading1: headingStyle(1),
      heading2: headingStyle(2),
      heading3: headingStyle(3),
    },
    paragraphStyles: [
      ...listStyles,
      {
        id: 'TableText',
        name: 'Table Text',
        basedOn: 'Normal',
        run: { size: half(THEME.tableSize) },
        paragraph: { spacing: { after: 0, line: 252 } },
      },
      {
        id: 'WritingLine',
        name: 'Writing Line',
        basedOn: 'Normal',
        paragraph: {
          spacing: { before: 0, after: 0, line: twips(THEME.writingLineGap), lineRule: 'exact' },
        },
      },
    ],
  };
}

/** Bullets and numbers on two levels, the markers both writers share. */
export function documentNumbering(): INumberingOptions {
  return {
    config: [
      { reference: 'bullet', levels: listLevels('bullet') },
      { reference: 'number', levels: listLevels('number') },
    ],
  };
}

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** docProps/app.xml with the company, which the docx package has no option for. */
export function appProperties(company: string | undefined): string {
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"',
    ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">',
    '<Application>Reqdesk</Application>',
    company ? `<Company>${escapeXml(company)}</Company>` : '',
    '</Properties>',
  ].join('');
}
