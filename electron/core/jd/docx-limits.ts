import type { IsolationLimits } from '../files/isolated';
import type { ZipLimits } from '../files/zip-directory';

/**
 * What a Word file may unpack to. A JD's document.xml is tens of kilobytes and compresses
 * about 5 to 10 times; a bomb (a few kilobytes of repeated empty paragraphs or spaces that
 * unpack to gigabytes) breaks these by orders of magnitude, and is refused from the zip
 * directory alone, before anything is inflated.
 */
export const DOCX_ZIP_LIMITS: ZipLimits = {
  entries: 1000,
  totalBytes: 64 * 1024 * 1024,
  entryBytes: 16 * 1024 * 1024,
  ratio: 100,
  ratioFloorBytes: 1024 * 1024,
};

/**
 * Tags (opening and closing) and paragraphs in the main document. mammoth spends about 50
 * microseconds per paragraph, so ten million tiny ones (a 63 KB file) would take minutes; a
 * 200,000-character JD, the most a check takes, has a few thousand paragraphs and tens of
 * thousands of tags.
 */
export const DOCX_MAX_TAGS = 150_000;
export const DOCX_MAX_PARAGRAPHS = 20_000;

/** The Word reader's thread: enough for any real JD, a clear stop for anything else. */
export const DOCX_ISOLATION: IsolationLimits = { memoryMb: 192, timeoutMs: 15_000 };
