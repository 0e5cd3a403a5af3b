import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The real programs the read-back tests open files with. A missing one fails the test with the
 * Debian package that provides it (.ci/run installs them all); it is never skipped quietly.
 */
const TOOLS = {
  soffice: { bin: '/usr/bin/soffice', pkg: 'libreoffice-writer-nogui' },
  python: { bin: '/usr/bin/python3', pkg: 'python3-docx' },
  qpdf: { bin: '/usr/bin/qpdf', pkg: 'qpdf' },
  pdftotext: { bin: '/usr/bin/pdftotext', pkg: 'poppler-utils' },
  pdffonts: { bin: '/usr/bin/pdffonts', pkg: 'poppler-utils' },
  pdfinfo: { bin: '/usr/bin/pdfinfo', pkg: 'poppler-utils' },
  pdftoppm: { bin: '/usr/bin/pdftoppm', pkg: 'poppler-utils' },
  xmllint: { bin: '/usr/bin/xmllint', pkg: 'libxml2-utils' },
  unzip: { bin: '/usr/bin/unzip', pkg: 'unzip' },
} as const;

export type Tool = keyof typeof TOOLS;

export function tool(name: Tool): string {
  const { bin, pkg } = TOOLS[name];
  if (!fs.existsSync(bin)) {
    throw new Error(`${bin} is missing: install the Debian package "${pkg}" (.ci/run installs it).`);
  }
  return bin;
}

/** Runs a tool and returns its standard output; a non-zero exit fails with its output. */
export function run(name: Tool, args: string[], options: { timeout?: number; cwd?: string } = {}): string {
  try {
    return execFileSync(tool(name), args, {
      encoding: 'utf8',
      timeout: options.timeout ?? 60_000,
      cwd: options.cwd,
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    const e = error as { status?: number; stdout?: string; stderr?: string; message: string };
    throw new Error(
      `${name} ${args.join(' ')} failed (${e.status ?? e.message}):\n${e.stdout ?? ''}${e.stderr ?? ''}`,
    );
  }
}

/** Python with Debian's python3-docx: the python3 on PATH may be another install that cannot import it. */
export function python(script: string, args: string[]): string {
  const bin = tool('python');
  try {
    execFileSync(bin, ['-c', 'import docx'], { stdio: 'ignore' });
  } catch {
    throw new Error('/usr/bin/python3 cannot import docx: install the Debian package "python3-docx".');
  }
  return run('python', [script, ...args]);
}

/**
 * Where a person can look at what the tests produced (gitignored). Not under test-results/:
 * Playwright empties that folder when the end-to-end run starts, right after the unit tests.
 */
export function artifactDir(): string {
  const dir = path.resolve('test/artifacts/documents');
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/** Whitespace-insensitive text, for comparing what a reader extracts with the model's text. */
export const normalise = (text: string) => text.replace(/\s+/gu, ' ').trim();

/** A table's header row repeats on each page it spans: keep its first appearance only. */
export function withoutRepeatedHeader(text: string, header: string): string {
  const first = text.indexOf(header);
  if (first < 0) return text;
  const head = text.slice(0, first + header.length);
  return (head + text.slice(head.length).split(header).join('')).replace(/ {2,}/g, ' ');
}

/** The text of one PDF page in content order (the order the writer drew it in). */
export const pageText = (pdf: string, page: number) =>
  run('pdftotext', ['-raw', '-enc', 'UTF-8', '-f', String(page), '-l', String(page), pdf, '-']);

export function pageCount(pdf: string): number {
  const match = /^Pages:\s+(\d+)/m.exec(run('pdfinfo', [pdf]));
  if (!match) throw new Error(`pdfinfo reported no page count for ${pdf}`);
  return Number(match[1]);
}

/** Page 1 as a PNG beside the other artifacts. */
export function snapshotFirstPage(pdf: string, name: string): string {
  const prefix = path.join(artifactDir(), name);
  run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, prefix]);
  return `${prefix}.png`;
}
