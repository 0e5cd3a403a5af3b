import { inflateRawSync } from 'node:zlib';

/** One file inside a zip, as its central directory describes it. Nothing is decompressed. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else is refused when read. */
  method: number;
  encrypted: boolean;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/** How far a zip from outside may go before anything inflates it. */
export interface ZipLimits {
  entries: number;
  /** Sum of every entry's uncompressed size. */
  totalBytes: number;
  /** Any one entry's uncompressed size. */
  entryBytes: number;
  /** Uncompressed over compressed, for entries past `ratioFloorBytes`. */
  ratio: number;
  ratioFloorBytes: number;
}

/** A zip that breaks a rule: `reason` finishes the sentence "<file> ...". */
export class ZipRefusal extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'ZipRefusal';
  }
}

const END_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
/** The end record is 22 bytes plus a comment of at most 65,535. */
const END_SEARCH = 22 + 0xffff;

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/**
 * Reads the central directory at the end of a zip: names and declared sizes, nothing
 * inflated, in time linear in the directory. Zip64 and multi-part archives are refused: a
 * Word document never needs them.
 */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - END_SEARCH); i--) {
    if (buf.readUInt32LE(i) === END_SIGNATURE) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new ZipRefusal('is not a complete zip archive: its directory is missing (cut off?).');
  const disk = buf.readUInt16LE(end + 4);
  const count = buf.readUInt16LE(end + 10);
  const size = buf.readUInt32LE(end + 12);
  const offset = buf.readUInt32LE(end + 16);
  if (disk !== 0 || count === 0xffff || size === 0xffffffff || offset === 0xffffffff)
    throw new ZipRefusal('is a split or ZIP64 archive, which a Word document never is.');
  if (offset + size > end) throw new ZipRefusal('has a zip directory that points outside the file.');
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > end || buf.readUInt32LE(at) !== CENTRAL_SIGNATURE)
      throw new ZipRefusal('has a damaged zip directory.');
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    entries.push({
      name: buf.toString('utf8', at + 46, at + 46 + nameLength),
      method: buf.readUInt16LE(at + 10),
      encrypted: (buf.readUInt16LE(at + 8) & 1) === 1,
      compressedSize: buf.readUInt32LE(at + 20),
      uncompressedSize: buf.readUInt32LE(at + 24),
      localHeaderOffset: buf.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Refuses a zip whose directory already says it is too big to open, before any of it is inflated. */
export function checkZipLimits(entries: ZipEntry[], limits: ZipLimits): void {
  if (entries.length > limits.entries)
    throw new ZipRefusal(
      `holds ${entries.length.toLocaleString('en-US')} files; a Word document has far fewer (at most ${limits.entries.toLocaleString('en-US')}).`,
    );
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressedSize;
    if (entry.uncompressedSize > limits.entryBytes)
      throw new ZipRefusal(
        `would unpack ${entry.name} to ${mb(entry.uncompressedSize)}; at most ${mb(limits.entryBytes)} is read.`,
      );
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize > limits.ratioFloorBytes && ratio > limits.ratio)
      throw new ZipRefusal(
        `would unpack ${entry.name} ${Math.round(ratio).toLocaleString('en-US')} times larger than it is stored; no real document compresses like that.`,
      );
  }
  if (total > limits.totalBytes)
    throw new ZipRefusal(`would unpack to ${mb(total)}; at most ${mb(limits.totalBytes)} is read.`);
}

/**
 * One entry's bytes, inflated with its declared size as a hard cap: an entry whose data
 * unpacks to more than its directory says (a lying bomb) is refused at that size, never
 * inflated past it.
 */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry): Buffer {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== LOCAL_SIGNATURE)
    throw new ZipRefusal(`has a damaged entry for ${entry.name}.`);
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  const data = buf.subarray(start, start + entry.compressedSize);
  if (entry.encrypted) throw new ZipRefusal(`is encrypted (${entry.name}).`);
  let out: Buffer;
  if (entry.method === 0) out = Buffer.from(data);
  else if (entry.method === 8) {
    try {
      out = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
        throw new ZipRefusal(
          `unpacks ${entry.name} to more than its directory says; it was made to mislead.`,
        );
      throw new ZipRefusal(`has damaged compressed data in ${entry.name}.`);
    }
  } else throw new ZipRefusal(`uses a compression Word never uses (method ${entry.method}).`);
  if (out.length !== entry.uncompressedSize)
    throw new ZipRefusal(`unpacks ${entry.name} to a size its directory does not say; it is damaged.`);
  return out;
}
