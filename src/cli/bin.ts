import { main } from './cli.js';
import { reason } from './files.js';

// Standard output that cannot be written (a full disk): one line and exit 1, not a stack trace. A reader
// that has gone away (EPIPE, `| head`) needs no message.
process.stdout.on('error', (error) => {
  if ((error as NodeJS.ErrnoException).code !== 'EPIPE') console.error(`job-widgets: cannot write to standard output: ${reason(error)}`);
  process.exitCode = 1;
});

const code = await main(process.argv.slice(2));
process.exitCode = Math.max(code, Number(process.exitCode ?? 0));
