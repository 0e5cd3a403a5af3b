import { createHash } from 'node:crypto';
import fs from 'node:fs';

/** SHA-256 of a database file with its write-ahead log: equal means byte-identical. */
export function sha(file: string): string {
  const parts = [file, `${file}-wal`].filter((f) => fs.existsSync(f)).map((f) => fs.readFileSync(f));
  return createHash('sha256').update(Buffer.concat(parts)).digest('hex');
}

/** Rewrites a file's payload and signs it again, as a forger who knows the format would. */
export function forge(
  content: string,
  change: (payload: { records: { type: string; version: number; body: unknown }[] }) => void,
): string {
  const envelope = JSON.parse(content);
  const payload = JSON.parse(envelope.payload);
  change(payload);
  envelope.payload = JSON.stringify(payload);
  envelope.sha256 = createHash('sha256').update(envelope.payload).digest('hex');
  return JSON.stringify(envelope);
}
