/** Most bytes an old JD file may have; the core refuses more too. */
export const JD_FILE_MAX_BYTES = 5 * 1024 * 1024;
export const JD_FILE_EXTENSIONS = ['.txt', '.md', '.docx'] as const;

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

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

/** A file's bytes as base64, in slices so a large file does not overflow the call stack. */
export async function readFileBase64(file: Blob): Promise<string> {
  const buffer =
    typeof file.arrayBuffer === 'function'
      ? await file.arrayBuffer()
      : await new Promise<ArrayBuffer>((resolve, reject) => {
          const reader = new FileReader();
          reader.onload = () => resolve(reader.result as ArrayBuffer);
          reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
          reader.readAsArrayBuffer(file);
        });
  const bytes = new Uint8Array(buffer);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}
