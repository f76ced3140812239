/** Runs the command in a process: its exit code, and standard output that cannot be written. */
import { main, type Commands } from './cli.js';
import { reason } from './files.js';

export async function run(commands: Commands): Promise<void> {
  // Standard output that cannot be written (a full disk): one line and exit 1, not a stack trace. A reader
  // that has gone away (EPIPE, `| head`) needs no message.
  process.stdout.on('error', (error) => {
    if ((error as NodeJS.ErrnoException).code !== 'EPIPE') console.error(`job-widgets: cannot write to standard output: ${reason(error)}`);
    process.exitCode = 1;
  });
  const code = await main(process.argv.slice(2), commands);
  process.exitCode = Math.max(code, Number(process.exitCode ?? 0));
}
