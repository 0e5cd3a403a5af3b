import { processIo, quietOnClosedPipe } from './io';
import { runCli } from './run';

quietOnClosedPipe(process.stdout);
process.exitCode = await runCli(process.argv.slice(2), processIo);
