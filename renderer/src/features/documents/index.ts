/** The documents feature's public entry: exporting a document, with the placeholders question. */
export { ExportButton, type ExportNotice, type ExportSource } from './ExportButton';
export { exportDocument } from './export-document';
export { PlaceholdersModal } from './PlaceholdersModal';
