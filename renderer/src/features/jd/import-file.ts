import { JD_FILE_MAX_BYTES } from '../../../../shared/jd';
import { megabytes } from '../../ui/files';

export const JD_FILE_EXTENSIONS = ['.txt', '.md', '.docx'] as const;

/** Why a picked file is refused before a byte of it is read, or null when it may be read. */
export function refuseJdFile(file: Pick<File, 'name' | 'size'>): string | null {
  const lower = file.name.toLowerCase();
  if (!JD_FILE_EXTENSIONS.some((ext) => lower.endsWith(ext))) {
    return `${file.name} is not a .txt, .md or .docx file. Save the JD in one of those formats and open it again.`;
  }
  if (file.size > JD_FILE_MAX_BYTES) {
    return `${file.name} is ${megabytes(file.size)}; an old JD file can be up to 5 MB. Nothing was read.`;
  }
  if (file.size === 0) return `${file.name} is empty. Nothing was read.`;
  return null;
}
