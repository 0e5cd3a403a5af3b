import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerReply } from '../files/isolated';
import { readZipDirectory, readZipEntry, ZipRefusal } from '../files/zip-directory';
import { DOCX_MAX_PARAGRAPHS, DOCX_MAX_TAGS } from './docx-limits';
import { docxText } from './docx-text';

const P = [0x77, 0x3a, 0x70]; // "w:p"

/** Tags ('<' bytes: every tag, comment and processing instruction has one) and <w:p> paragraphs. */
function countTags(xml: Buffer): { tags: number; paragraphs: number } {
  let tags = 0;
  let paragraphs = 0;
  for (let i = xml.indexOf(0x3c); i >= 0; i = xml.indexOf(0x3c, i + 1)) {
    tags++;
    const after = xml[i + 4];
    if (P.every((b, k) => xml[i + 1 + k] === b) && (after === 0x3e || after === 0x20 || after === 0x2f))
      paragraphs++;
  }
  return { tags, paragraphs };
}

/**
 * Unpacks every XML part with its declared size as a hard cap (so a directory that lies is
 * caught before mammoth inflates anything), refuses text that is not UTF-8 instead of letting
 * the XML parser turn it into replacement marks, and caps the main document's element count.
 */
function verifyParts(bytes: Uint8Array): void {
  for (const entry of readZipDirectory(bytes)) {
    if (!/\.(xml|rels)$/i.test(entry.name)) continue;
    const xml = readZipEntry(bytes, entry);
    const utf16 = (xml[0] === 0xff && xml[1] === 0xfe) || (xml[0] === 0xfe && xml[1] === 0xff);
    if (!utf16) {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(xml);
      } catch {
        throw new ZipRefusal(`has text in ${entry.name} that is not valid UTF-8; it is damaged.`);
      }
    }
    if (!/^word\/document\d*\.xml$/i.test(entry.name)) continue;
    const { tags, paragraphs } = countTags(xml);
    if (paragraphs > DOCX_MAX_PARAGRAPHS)
      throw new ZipRefusal(
        `has ${paragraphs.toLocaleString('en-US')} paragraphs; a job description has far fewer (at most ${DOCX_MAX_PARAGRAPHS.toLocaleString('en-US')} are read).`,
      );
    if (tags > DOCX_MAX_TAGS)
      throw new ZipRefusal(
        `has ${tags.toLocaleString('en-US')} pieces of markup in its text; a job description has far fewer (at most ${DOCX_MAX_TAGS.toLocaleString('en-US')} are read).`,
      );
  }
}

async function read(bytes: Uint8Array): Promise<WorkerReply<string>> {
  try {
    verifyParts(bytes);
    return { ok: true, value: await docxText(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) };
  } catch (error) {
    if (error instanceof ZipRefusal) return { ok: false, reason: error.reason };
    const message = (error as Error).message ?? '';
    if (/main document part/i.test(message))
      return {
        ok: false,
        reason: 'is a zip archive but not a Word document: it has no document text inside.',
      };
    return {
      ok: false,
      reason: `could not be read as a Word document; it may be damaged (${message.slice(0, 120)}).`,
    };
  }
}

void read(workerData as Uint8Array).then((reply) => parentPort?.postMessage(reply));
