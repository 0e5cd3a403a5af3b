/**
 * Strict UTF-8 for files from elsewhere. A decoder that replaces bad bytes with U+FFFD would
 * import "Caf\uFFFD" without a word; this one says where the file stops being UTF-8, so the
 * user can save it again in the right encoding.
 */
export type DecodedText = { ok: true; text: string } | { ok: false; message: string };

/** Offset of the first byte that does not belong to well-formed UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let code = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** The file's text without a byte-order mark, or a message naming the first bad byte and its line. */
export function decodeUtf8File(bytes: Uint8Array, fileName: string): DecodedText {
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    let line = 1;
    for (let i = 0; i < bad; i++) if (bytes[i] === 0x0a) line++;
    const hex = (bytes[bad] as number).toString(16).toUpperCase().padStart(2, '0');
    return {
      ok: false,
      message: `${fileName} is not UTF-8 text: byte 0x${hex} on line ${line} is not valid UTF-8 (the file may be in another encoding, such as Windows-1252). Save it as UTF-8 (in Excel: "CSV UTF-8") and import it again. Nothing was imported.`,
    };
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  return { ok: true, text: text.replace(/^\uFEFF/, '') };
}
