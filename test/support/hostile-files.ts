import { constants, crc32, deflateRawSync } from 'node:zlib';

/**
 * Builders for files made to hurt a reader: zip and Word bombs, lying zip directories,
 * deep JSON, wide CSV. Each is made here, in memory, so no hostile file sits in the repo.
 */

/** `data` written `times` times over: a bomb's body, packed once however often it repeats. */
export interface Segment {
  data: Buffer;
  times: number;
}

/** What a part holds: bytes, or segments in order. */
export type Content = Buffer | Segment[];

export interface ZipPart {
  name: string;
  data: Content;
  /** Write this as the uncompressed size instead of the true one (a lying directory). */
  declaredSize?: number;
  /** Point the directory entry at an earlier part's data instead of its own (overlapping entries). */
  sameDataAs?: number;
}

const FINAL_EMPTY_BLOCK = Buffer.from([0x03, 0x00]);

/**
 * Raw deflate of a part. Each segment is deflated once, flushed to a byte boundary with no
 * reference back, and its output repeated: a 160 MB bomb costs the time of one megabyte.
 */
function pack(content: Content): { packed: Buffer; crc: number; size: number } {
  if (Buffer.isBuffer(content))
    return { packed: deflateRawSync(content, { level: 9 }), crc: crc32(content), size: content.length };
  const out: Buffer[] = [];
  let crc = 0;
  let size = 0;
  for (const { data, times } of content) {
    const block = deflateRawSync(data, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
    for (let i = 0; i < times; i++) {
      out.push(block);
      crc = crc32(data, crc);
    }
    size += data.length * times;
  }
  out.push(FINAL_EMPTY_BLOCK);
  return { packed: Buffer.concat(out), crc, size };
}

/** A zip, deflating each part, with a directory that says what `parts` tell it to. */
export function zipOf(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  const placed: { offset: number; crc: number; compressed: number; size: number }[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    let where: (typeof placed)[number];
    if (part.sameDataAs !== undefined) where = placed[part.sameDataAs] as (typeof placed)[number];
    else {
      const { packed, crc, size } = pack(part.data);
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt16LE(20, 4);
      local.writeUInt16LE(8, 8);
      local.writeUInt32LE(crc, 14);
      local.writeUInt32LE(packed.length, 18);
      local.writeUInt32LE(part.declaredSize ?? size, 22);
      local.writeUInt16LE(name.length, 26);
      locals.push(local, name, packed);
      where = { offset, crc, compressed: packed.length, size };
      offset += local.length + name.length + packed.length;
    }
    placed.push(where);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(where.crc, 16);
    central.writeUInt32LE(where.compressed, 20);
    central.writeUInt32LE(part.declaredSize ?? where.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(where.offset, 42);
    centrals.push(central, name);
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(parts.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(parts.length, 0xffff), 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
const DOC_START =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>';
const DOC_END = '</w:body></w:document>';

/** The XML of one paragraph holding `text`. */
export const paragraphXml = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

/** A minimal Word document whose body is `body` (XML), with a directory that may lie about it. */
export function docxOf(body: Content | string, options: { declaredSize?: number } = {}): Buffer {
  const inner: Segment[] =
    typeof body === 'string'
      ? [{ data: Buffer.from(body), times: 1 }]
      : Buffer.isBuffer(body)
        ? [{ data: body, times: 1 }]
        : body;
  const document = [
    { data: Buffer.from(DOC_START), times: 1 },
    ...inner,
    { data: Buffer.from(DOC_END), times: 1 },
  ];
  return zipOf([
    { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
    { name: '_rels/.rels', data: Buffer.from(RELS) },
    { name: 'word/document.xml', data: document, declaredSize: options.declaredSize },
  ]);
}

/** `unit` repeated until the result is `bytes` long (or just over). */
export const repeatedBytes = (unit: string, bytes: number) =>
  Buffer.from(unit.repeat(Math.ceil(bytes / unit.length)));

/** The same, as segments of about a megabyte, for a part of a zip. */
export function repeated(unit: string, bytes: number): Segment[] {
  const perChunk = Math.max(1, Math.floor((1024 * 1024) / unit.length));
  const units = Math.ceil(bytes / unit.length);
  const whole = Math.floor(units / perChunk);
  const segments: Segment[] = [{ data: Buffer.from(unit.repeat(perChunk)), times: whole }];
  if (units % perChunk) segments.push({ data: Buffer.from(unit.repeat(units % perChunk)), times: 1 });
  return segments.filter((s) => s.times > 0);
}

/** Text that does not compress much: a bomb that hides from a compression-ratio check. */
export function noisyText(length: number, seed = 1): string {
  let x = seed;
  let out = '';
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out += letters[x % 26];
  }
  return out;
}

/** A JSON text nested `depth` arrays deep. */
export const deepJson = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
