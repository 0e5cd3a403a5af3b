import { performance } from 'node:perf_hooks';

export interface Sample {
  median: number;
  p95: number;
  min: number;
  runs: number;
}

/** Times `fn` `runs` times (after `warmup` untimed runs) and returns milliseconds. */
export async function measure(
  fn: () => unknown | Promise<unknown>,
  runs: number,
  warmup = 1,
): Promise<Sample> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? Number.NaN;
  return { median: at(0.5), p95: at(0.95), min: times[0] ?? Number.NaN, runs };
}

/** One figure per line, `name: value unit`, so runs can be compared with diff or grep. */
export function report(name: string, value: number, unit: string): void {
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : 2;
  console.log(`${name}: ${value.toFixed(digits)} ${unit}`);
}

export interface Bench {
  name: string;
  run(): Promise<void>;
}
