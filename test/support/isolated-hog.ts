import { parentPort, workerData } from 'node:worker_threads';

/** A worker that misbehaves on purpose: grows its heap without end, or never answers. */
const kind = workerData as 'memory' | 'loop' | 'answer';
if (kind === 'memory') {
  const hoard: string[][] = [];
  for (;;) hoard.push(Array.from({ length: 100_000 }, (_, i) => `item ${i} of ${hoard.length}`));
}
if (kind === 'loop') for (;;) {}
parentPort?.postMessage({ ok: true, value: 'answered' });
