/**
 * The look both writers share, in points and hex colours: a quiet navy for headings, grey for
 * page furniture, thin rules. One place, so the DOCX and the PDF read as the same document.
 */
export const THEME = {
  /** Word's own default face; LibreOffice shows it with Carlito, which has the same metrics. */
  wordFont: 'Calibri',
  bodySize: 10.5,
  lineGap: 1.3,
  tableSize: 9.5,
  furnitureSize: 8.5,
  paragraphAfter: 6,
  listItemAfter: 3,
  listIndent: 18,
  keyColumnShare: 0.28,
  writingLineGap: 22,
  headings: {
    1: { size: 18, color: '#1f3864', before: 0, after: 8 },
    2: { size: 13.5, color: '#1f3864', before: 16, after: 5 },
    3: { size: 11.5, color: '#2e5a8a', before: 11, after: 3 },
  },
  text: '#1f1f1f',
  muted: '#5f6670',
  rule: '#b8c2d0',
  writingRule: '#c8ced6',
  tableHeaderFill: '#e9eef5',
} as const;
