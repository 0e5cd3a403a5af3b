/**
 * Writes two PDFs in one fresh process, in the order the test names: the faces are parsed once
 * per process, so what the first export leaves in them is what the second one gets.
 */
import fs from 'node:fs';
import path from 'node:path';
import { writePdf } from '../../../electron/core/documents/pdf/pdf-writer';
import { documentOf, paragraph } from '../../../shared/domain/documents/build';

const [outDir] = process.argv.slice(2);
if (!outDir) throw new Error('usage: two-pdfs-child <folder>');
// The first holds an N only inside accented letters; the second a plain N.
const first = documentOf({ title: 'Loop for José' }, [paragraph('José Ñúñez, Ńikola and Ňora.')]);
const second = documentOf({ title: 'Loop' }, [paragraph('Names, Numbers and Notes')]);
fs.writeFileSync(path.join(outDir, 'first.pdf'), await writePdf(first, { pageSize: 'a4' }));
fs.writeFileSync(path.join(outDir, 'second.pdf'), await writePdf(second, { pageSize: 'a4' }));
