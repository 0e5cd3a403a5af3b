import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanJdText } from '../../../shared/domain/jd/clean-text';
import { JD_FILE_MAX_BYTES, JD_LIMITS } from '../../../shared/jd';
import { AppError } from '../errors';
import { IsolatedReadError, runIsolated } from '../files/isolated';
import { checkZipLimits, readZipDirectory, ZipRefusal } from '../files/zip-directory';
import { DOCX_ISOLATION, DOCX_ZIP_LIMITS } from './docx-limits';

export type JdFileFormat = 'txt' | 'md' | 'docx';

export interface JdFileText {
  name: string;
  format: JdFileFormat;
  text: string;
}

const here = path.dirname(fileURLToPath(import.meta.url));

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** The OLE compound file signature: password-protected .docx files and old .doc files start with it. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

function formatOf(name: string): JdFileFormat | null {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === 'txt' || ext === 'text') return 'txt';
  if (ext === 'md' || ext === 'markdown') return 'md';
  if (ext === 'docx') return 'docx';
  return null;
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const count = (n: number) => n.toLocaleString('en-US');

/** Is the OLE file an encrypted Office document? Its directory names a stream "EncryptedPackage" (UTF-16). */
function isEncryptedOffice(bytes: Uint8Array): boolean {
  const needle = Buffer.from('EncryptedPackage', 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle);
}

/** Windows-1252's 0x80-0x9F (Node's own decoder treats them as Latin-1 controls); 0 marks unused codes. */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0,
  0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0, 0x017e, 0x0178,
];

/**
 * Text that is not UTF-8 read as Windows-1252. The five codes that encoding leaves unused
 * are not turned into replacement marks: the first is returned, to be reported once the
 * file is known to be text at all.
 */
function decodeWindows1252(bytes: Uint8Array): {
  text: string;
  unused: { byte: number; line: number } | null;
} {
  let text = '';
  let line = 1;
  let unused: { byte: number; line: number } | null = null;
  for (const b of bytes) {
    if (b === 0x0a) line++;
    const code = b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : b;
    if (!code && b !== 0) unused ??= { byte: b, line };
    text += String.fromCharCode(code || b);
  }
  return { text, unused };
}

function decodeText(name: string, bytes: Uint8Array): string {
  if (startsWith(bytes, ZIP) || startsWith(bytes, OLE))
    throw new AppError(
      'bad_input',
      `${name} is a Word or zip file, not plain text; save it as .docx or .txt and try again.`,
    );
  let text: string;
  let unused: { byte: number; line: number } | null = null;
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : null;
  if (utf16) {
    try {
      text = new TextDecoder(utf16, { fatal: true }).decode(bytes.subarray(2));
    } catch {
      throw new AppError(
        'bad_input',
        `${name} starts as UTF-16 text but holds bytes that are not UTF-16; it is damaged.`,
      );
    }
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      // Old JDs are often saved by Windows editors in Windows-1252.
      ({ text, unused } = decodeWindows1252(bytes));
    }
  }
  text = text.replace(/^\uFEFF/, '');
  // Text has no NUL bytes and few control characters; binary data has plenty of both.
  let control = 0;
  let nul = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) nul = true;
    if (c < 9 || (c > 13 && c < 32) || c === 127) control++;
  }
  if (nul || control > Math.max(8, text.length / 100))
    throw new AppError('bad_input', `${name} does not look like a text file: it holds binary data.`);
  if (unused)
    throw new AppError(
      'bad_input',
      `${name} is neither UTF-8 nor Windows-1252 text: byte 0x${unused.byte.toString(16).toUpperCase()} on line ${unused.line} means nothing in either. Save it as UTF-8 and import it again.`,
    );
  return text;
}

/** A refusal as a sentence about the file the user picked. */
const refusal = (name: string, reason: string) => new AppError('bad_input', `${name} ${reason}`);

async function decodeDocx(name: string, bytes: Uint8Array): Promise<string> {
  if (startsWith(bytes, OLE)) {
    throw new AppError(
      'bad_input',
      isEncryptedOffice(bytes)
        ? `${name} is password-protected; remove the password in Word (File > Info > Protect Document) and import it again.`
        : `${name} is an old Word 97-2003 document, not a .docx; open it in Word and save it as .docx.`,
    );
  }
  if (!startsWith(bytes, ZIP))
    throw new AppError(
      'bad_input',
      `${name} is not a Word document (.docx): its contents are not in the .docx format.`,
    );
  try {
    checkZipLimits(readZipDirectory(bytes), DOCX_ZIP_LIMITS);
  } catch (error) {
    if (error instanceof ZipRefusal) throw refusal(name, error.reason);
    throw error;
  }
  // Word files are parsed in a thread of their own, with a heap cap and a deadline, so a
  // file built to exhaust memory costs a refusal, never the process.
  try {
    return await runIsolated<string>('docx-worker', here, new Uint8Array(bytes), DOCX_ISOLATION);
  } catch (error) {
    if (!(error instanceof IsolatedReadError)) throw error;
    const { failure } = error;
    if (failure.kind === 'refused') throw refusal(name, failure.reason);
    if (failure.kind === 'memory' || failure.kind === 'timeout')
      throw refusal(
        name,
        `needs more ${failure.kind === 'memory' ? 'memory' : 'time'} to read than any job description does, so it was not read. It may be built to harm the app; if it is a real JD, save it as .txt and import that.`,
      );
    throw refusal(name, `could not be read as a Word document (${failure.detail}).`);
  }
}

/**
 * Reads an old JD from a .txt, .md or .docx file. Anything else, anything over 5 MB or over
 * the JD text limit, and files that are not what their name says are refused with a message
 * the user can act on. Page breaks and vertical tabs become line breaks and other control
 * characters go, so what is read here can be checked and converted without failing later.
 */
export async function readJdFile(name: string, bytes: Uint8Array): Promise<JdFileText> {
  const shown = name.split(/[\\/]/).pop() || 'The file';
  const format = formatOf(shown);
  if (!format)
    throw new AppError(
      'bad_input',
      `${shown} is not a file Reqdesk can import; use a .docx, .txt or .md file.`,
    );
  if (bytes.byteLength > JD_FILE_MAX_BYTES)
    throw new AppError(
      'bad_input',
      `${shown} is ${mb(bytes.byteLength)}; a job description file can be at most ${mb(JD_FILE_MAX_BYTES)}.`,
    );
  if (bytes.byteLength === 0) throw new AppError('bad_input', `${shown} is empty.`);
  const raw = format === 'docx' ? await decodeDocx(shown, bytes) : decodeText(shown, bytes);
  const text = cleanJdText(raw)
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (!text) throw new AppError('bad_input', `${shown} has no text in it.`);
  if (text.length > JD_LIMITS.text)
    throw new AppError(
      'bad_input',
      `${shown} has ${count(text.length)} characters of text; a job description can be at most ${count(JD_LIMITS.text)} characters. Keep only the JD in the file and import it again.`,
    );
  return { name: shown, format, text };
}
