import { createHash } from 'node:crypto';
import {
  EXCHANGE_LIMITS,
  EXCHANGE_MIME,
  type ExchangeEnvelope,
  type ExchangeFile,
  type ExchangeKind,
  exchangeEnvelope,
  exchangeExtensions,
  PACK_EXCHANGE_FORMAT,
  PACK_EXCHANGE_VERSION,
} from '../../../shared/pack-exchange';
import { CONTROL_CHARACTERS } from '../../../shared/questions';
import type { CoreContext } from '../context';
import { AppError } from '../errors';
import { parseUntrustedJson } from './safe-json';

export const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** Bytes a compressed or archived file starts with: gzip, zip, bzip2, xz, zstd, 7z. */
const COMPRESSED_MAGIC: { name: string; bytes: number[] }[] = [
  { name: 'gzip', bytes: [0x1f, 0x8b] },
  { name: 'zip', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'bzip2', bytes: [0x42, 0x5a, 0x68] },
  { name: 'xz', bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a] },
  { name: 'zstd', bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { name: '7z', bytes: [0x37, 0x7a, 0xbc, 0xaf] },
];

const refuse = (fileName: string, why: string): never => {
  throw new AppError('bad_input', `${fileName} ${why} Nothing was imported.`);
};

/**
 * Refuses a compressed file by its first bytes. Transfer files are plain JSON, so a packed
 * one is never unpacked (no zip bomb can get past here). Text read in a window may carry a
 * binary file's first bytes as characters, or as U+FFFD where they were not UTF-8.
 */
export function refuseCompressed(head: Uint8Array | string, fileName: string): void {
  const bytes = typeof head === 'string' ? Buffer.from(head.slice(0, 8), 'latin1') : head;
  for (const { name, bytes: magic } of COMPRESSED_MAGIC) {
    if (magic.every((b, i) => bytes[i] === b)) {
      refuse(fileName, `is a ${name} file; Reqdesk transfer files are plain JSON and never compressed.`);
    }
  }
  if (typeof head === 'string' && (head.startsWith('\u001f\ufffd') || head.startsWith('PK\u0003\u0004'))) {
    refuse(fileName, 'is a compressed file; Reqdesk transfer files are plain JSON and never compressed.');
  }
}

/** The first string found with a control character, as a path ("payload.records.3.body.summary"), or null. */
function controlCharacterAt(value: unknown, path: string): string | null {
  if (typeof value === 'string') return CONTROL_CHARACTERS.test(value) ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = controlCharacterAt(value[i], `${path}.${i}`);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      const found = CONTROL_CHARACTERS.test(key) ? `${path}.?` : controlCharacterAt(inner, `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
}

/** JSON from elsewhere: size, nesting, forbidden keys and control characters checked. */
function parseChecked(text: string, fileName: string): unknown {
  const value = parseUntrustedJson(text, fileName);
  const at = controlCharacterAt(value, 'file');
  if (at) refuse(fileName, `contains control characters (at ${at}), which no Reqdesk file holds.`);
  return value;
}

export interface OpenedFile {
  envelope: ExchangeEnvelope;
  /** The payload, parsed and checked like the envelope; its shape is checked by the kind's schema. */
  payload: unknown;
}

/**
 * Reads a transfer file and checks everything that can be checked without the database:
 * size, compression, JSON safety, format and version, and the SHA-256 of its content.
 * Throws a `bad_input` AppError naming the problem; nothing has been written when it does.
 */
export function openTransferFile(content: string, fileName: string): OpenedFile {
  if (Buffer.byteLength(content, 'utf8') > EXCHANGE_LIMITS.bytes) {
    refuse(fileName, `is larger than ${EXCHANGE_LIMITS.bytes / 1024 / 1024} MB, more than any Reqdesk file.`);
  }
  refuseCompressed(content, fileName);
  if (content.trim() === '') refuse(fileName, 'is empty.');
  const raw = parseChecked(content, fileName);
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    refuse(fileName, 'is not a Reqdesk transfer file.');
  const head = raw as Record<string, unknown>;
  if (head.format !== PACK_EXCHANGE_FORMAT) refuse(fileName, 'is not a Reqdesk transfer file.');
  if (typeof head.formatVersion === 'number' && head.formatVersion > PACK_EXCHANGE_VERSION) {
    refuse(
      fileName,
      `was written by a newer Reqdesk (format ${head.formatVersion}; this one reads up to ${PACK_EXCHANGE_VERSION}). Update Reqdesk to open it.`,
    );
  }
  const parsed = exchangeEnvelope.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    refuse(
      fileName,
      `is not a whole Reqdesk transfer file (${issue?.path.join('.') || 'file'}: ${issue?.message}).`,
    );
  }
  const envelope = (parsed as { data: ExchangeEnvelope }).data;
  if (sha256Hex(envelope.payload) !== envelope.sha256) {
    refuse(fileName, 'was changed after it was written: its content does not match its SHA-256.');
  }
  return { envelope, payload: parseChecked(envelope.payload, fileName) };
}

/** A transfer file around `payload`, named after `baseName` with the kind's extension. */
export function writeTransferFile(
  ctx: CoreContext,
  installId: string,
  kind: ExchangeKind,
  baseName: string,
  payload: unknown,
): ExchangeFile {
  const text = JSON.stringify(payload);
  const sha256 = sha256Hex(text);
  const envelope: ExchangeEnvelope = {
    format: PACK_EXCHANGE_FORMAT,
    formatVersion: PACK_EXCHANGE_VERSION,
    kind,
    exportedAt: ctx.clock().toISOString(),
    app: { name: 'Reqdesk', version: ctx.appVersion },
    installId,
    sha256,
    payload: text,
  };
  const safeName =
    baseName
      .replace(/[^\p{L}\p{N} ._-]+/gu, '')
      .trim()
      .replace(/\s+/g, '-') || kind;
  return {
    kind,
    fileName: `${safeName.slice(0, 80)}${exchangeExtensions[kind]}`,
    mimeType: EXCHANGE_MIME,
    content: `${JSON.stringify(envelope, null, 1)}\n`,
    sha256,
  };
}
