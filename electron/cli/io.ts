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
 * Characters that would let text from a file or the database steer the terminal: C0
 * controls other than tab and newline (escape sequences start with ESC), DEL, the C1
 * controls, and the bidi controls that reorder what is shown (a name can hide a reversed
 * command after U+202E).
 */
const UNSAFE_FOR_TERMINAL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A line with each such character written as a visible \uXXXX escape. Inside --json output
 * that escape is the same character to a JSON reader, so the data is unchanged.
 */
export const terminalSafe = (line: string): string =>
  line.replace(
    UNSAFE_FOR_TERMINAL,
    (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  );

/** The same io, printing only terminal-safe lines. */
export const terminalSafeIo = (io: CliIo): CliIo => ({
  out: (line) => io.out(terminalSafe(line)),
  err: (line) => io.err(terminalSafe(line)),
});

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
