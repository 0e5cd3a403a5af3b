import { storageError } from '../core/db/storage-errors';
import { AppError } from '../core/errors';
import { exportAllCommand, importAllCommand } from './commands/archive';
import { backupCommand } from './commands/backup';
import { bankCommand } from './commands/bank';
import { candidateCommand } from './commands/candidate';
import { compCommand } from './commands/comp';
import { conflictsCommand } from './commands/conflicts';
import { dbCheckCommand } from './commands/db-check';
import { calibrationCommand, debriefCommand } from './commands/debrief';
import { infoCommand } from './commands/info';
import { interviewCommand } from './commands/interview';
import { jdCommand } from './commands/jd';
import { packCommand } from './commands/pack';
import { roleCommand } from './commands/role';
import { scorecardCommand } from './commands/scorecard';
import { type CliCommand, type CliIo, terminalSafeIo } from './io';

/** Every command of `reqdesk`; later areas add theirs here. */
export const commands: CliCommand[] = [
  infoCommand,
  dbCheckCommand,
  bankCommand,
  roleCommand,
  compCommand,
  jdCommand,
  interviewCommand,
  scorecardCommand,
  backupCommand,
  exportAllCommand,
  importAllCommand,
  candidateCommand,
  debriefCommand,
  calibrationCommand,
  packCommand,
  conflictsCommand,
];

function help(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Usage: reqdesk <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Every command takes --db PATH (default: the app data folder, or env REQDESK_DB)',
    'and, where it prints data, --json. "reqdesk <command> --help" shows its usage.',
  ].join('\n');
}

/** Runs one command line; returns the exit code and never throws. */
export async function runCli(argv: string[], given: CliIo): Promise<number> {
  const io = terminalSafeIo(given);
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(help());
    return name ? 0 : 1;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`Unknown command "${name}".\n\n${help()}`);
    return 1;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(`Usage: ${command.usage}\n\n${command.summary}.`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    const known = error instanceof AppError ? error : storageError(error);
    if (known) io.err(`reqdesk ${name}: ${known.message}`);
    else io.err(`reqdesk ${name} failed: ${(error as Error).stack ?? String(error)}`);
    return 1;
  }
}
