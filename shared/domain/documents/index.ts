/** The document model shared by every export: types, builders, text rules. */
export * from './build';
export { planColumnWidths } from './columns';
export type * from './model';
export { findPlaceholders, type PlaceholderHit, stripPlaceholders } from './placeholders';
export {
  cleanRuns,
  documentLines,
  documentText,
  listMarker,
  prepareForWriting,
  sanitizeXmlText,
  type TextLine,
} from './text';
