import { type ParseArgsConfig, parseArgs } from 'node:util';
import { AppError } from '../core/errors';

/** Where a command writes; tests pass their own to read what was printed. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

export const processIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/**
 * Output piped into a reader that stops early (`reqdesk comp | head -3`) closes the pipe:
 * that is the reader's choice, not a failure worth a stack trace.
 */
export function quietOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

/** Refuses words after the ones a command takes (a typo must not run something else quietly). */
export function noMorePositionals(positionals: string[], expected: number, usage: string): void {
  const extra = positionals.slice(expected);
  if (extra.length > 0) throw new AppError('bad_input', `Unexpected "${extra.join(' ')}".\nUsage: ${usage}`);
}

export interface CliCommand {
  name: string;
  summary: string;
  usage: string;
  /** Returns the exit code: 0 done, 1 failed or found problems. */
  run(argv: string[], io: CliIo): Promise<number>;
}

type ExtraOptions = NonNullable<ParseArgsConfig['options']>;

export interface CommandArgs {
  values: {
    db?: string;
    json?: boolean;
    help?: boolean;
    [option: string]: string | boolean | string[] | undefined;
  };
  positionals: string[];
}

/** Every command takes --db PATH, --json and --help; a command adds its own options. */
export function parseCommandArgs(argv: string[], extra: ExtraOptions = {}): CommandArgs {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        db: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        ...extra,
      },
    });
  } catch (error) {
    throw new AppError('bad_input', (error as Error).message);
  }
}

export function printJson(io: CliIo, value: unknown): void {
  io.out(JSON.stringify(value, null, 2));
}
