import type { CliIo } from '../../../electron/cli/io';
import { runCli } from '../../../electron/cli/run';

/** Runs `reqdesk ARGV` in this process, as the bin would, and returns its exit code and output. */
export async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l) };
  const code = await runCli(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}
