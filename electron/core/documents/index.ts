/** Document writers: one model in, a DOCX or a PDF out, with the same text. */
export { writeDocx } from './docx-writer';
export { writePdf } from './pdf/pdf-writer';
