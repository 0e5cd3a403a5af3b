/**
 * Saves text as a file the way a web page does: a Blob behind an <a download>. The browser
 * preview shows its usual download; Electron turns it into a save dialog or a download.
 */
export function downloadText(fileName: string, mimeType: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: mimeType }));
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

/** A picked file's text: File.text() where the browser has it, FileReader otherwise. */
export function readFileText(file: Blob): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsText(file);
  });
}
