import { decodeUtf8File } from '../../../shared/utf8';

/**
 * Saves text as a file the way a web page does: a Blob behind an <a download>. The browser
 * preview shows its usual download; Electron turns it into a save dialog or a download.
 */
export function downloadText(fileName: string, mimeType: string, content: string): void {
  downloadBlob(fileName, new Blob([content], { type: mimeType }));
}

/** Saves a binary file (a DOCX or a PDF) that arrived as base64, the same way as downloadText. */
export function downloadBase64(fileName: string, mimeType: string, base64: string): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  downloadBlob(fileName, new Blob([bytes], { type: mimeType }));
}

function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own reference to the data once started.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function readFileBytes(file: Blob): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer();
  return new Promise<ArrayBuffer>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsArrayBuffer(file);
  });
}

/**
 * A picked file's text, decoded as strict UTF-8: bytes that are not UTF-8 are reported (the
 * error's message says where), never turned into replacement marks as File.text() would.
 */
export async function readFileText(file: Blob & { name?: string }): Promise<string> {
  const decoded = decodeUtf8File(new Uint8Array(await readFileBytes(file)), file.name ?? 'The file');
  if (!decoded.ok) throw new NotUtf8Error(decoded.message);
  return decoded.text;
}

/** A file that was read but is not UTF-8; its message is a whole sentence for the user. */
export class NotUtf8Error extends Error {
  override name = 'NotUtf8Error';
}

/** A file's bytes as base64, in slices so a large file does not overflow the call stack. */
export async function readFileBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await readFileBytes(file));
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** A file size for a message: "5.2 MB". */
export const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
