import { performance } from 'node:perf_hooks';

export interface Sample {
  median: number;
  p95: number;
  min: number;
  runs: number;
  /**
   * CPU time of the process per run (process.cpuUsage, so GC threads count too). On a shared
   * machine the wall p95 mostly shows when the scheduler ran something else; CPU time shows the
   * work itself.
   */
  cpuMedian: number;
  cpuP95: number;
}

/** Times `fn` `runs` times (after `warmup` untimed runs) and returns milliseconds. */
export async function measure(
  fn: () => unknown | Promise<unknown>,
  runs: number,
  warmup = 1,
): Promise<Sample> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  const at = (sorted: number[], q: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return {
    median: at(times, 0.5),
    p95: at(times, 0.95),
    min: times[0] ?? Number.NaN,
    runs,
    cpuMedian: at(cpu, 0.5),
    cpuP95: at(cpu, 0.95),
  };
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
