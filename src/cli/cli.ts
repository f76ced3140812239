/**
 * The `job-widgets` command. `validate <files or folders…>` checks role JSON files against the schema
 * the elements use; `render …` prints a prerendered snippet or writes an image (src/cli/render.ts).
 * Exit codes (also in the help): 0 success, 1 a bad role or a file that cannot be read or written,
 * 2 a usage error (including a validate run that finds nothing to validate). Two programs run it:
 * `job-widgets-tools` (bin.ts, everything) and the browser package's `job-widgets` (bin-validate.ts).
 */
import { parseRole } from '../schema/validate.js';
import { findFiles, readJson, safeLine, visible } from './files.js';
import { VALIDATE_HELP, parse, type Print } from './help.js';

/** What differs between the two commands: `job-widgets-tools` renders, the browser package's `job-widgets` does not. */
export interface Commands {
  /** The text of `--help` (and of a missing or unknown command). */
  usage: string;
  /** `render …` (the arguments after the command); returns the exit code. */
  render: (args: string[], out: Print, err: Print) => Promise<number>;
  /** `data refresh …` (the arguments after `data`), for maintainers; job-widgets-tools only. */
  data?: (args: string[], out: Print, err: Print) => Promise<number>;
}

/** The problems of one file, as printable lines (none when it is valid). */
export function problemsOf(file: string): string[] {
  const read = readJson(file);
  if (!read.ok) return [read.message];
  const result = parseRole(read.value);
  const name = visible(file);
  return result.ok ? [] : result.issues.map((issue) => `${name}: ${issue.path || '(document)'}: ${issue.message}`);
}

function validate(args: string[], out: Print, err: Print): number {
  const parsed = parse('validate', args, {}, err);
  if (!parsed) return 2;
  if (parsed.values.help) {
    out(VALIDATE_HELP);
    return 0;
  }
  const paths = parsed.positionals;
  if (paths.length === 0) {
    err(`job-widgets validate: give at least one file or folder.\n\n${VALIDATE_HELP}`);
    return 2;
  }
  const { files, problems, missing, empty } = findFiles(paths);
  for (const path of missing) err(`job-widgets validate: no such file or folder: ${visible(path)}`);
  for (const path of empty) err(`job-widgets validate: no .json file in the folder ${visible(path)}`);
  for (const line of problems) out(safeLine(line));
  let invalid = 0;
  for (const file of files) {
    const lines = problemsOf(file);
    if (lines.length) invalid++;
    for (const line of lines) out(safeLine(line));
  }
  if (files.length === 0 && problems.length === 0) {
    err('job-widgets validate: nothing was validated.');
    return 2;
  }
  const skipped = problems.length ? `; ${problems.length} path${problems.length === 1 ? '' : 's'} could not be searched or read` : '';
  out(`${files.length} file${files.length === 1 ? '' : 's'} checked: ${files.length - invalid} valid, ${invalid} invalid${skipped}`);
  return missing.length || empty.length ? 2 : invalid || problems.length ? 1 : 0;
}

export async function main(args: string[], { usage, render, data }: Commands, out: Print = console.log, err: Print = console.error): Promise<number> {
  const [command, ...rest] = args;
  if (command === '--help' || command === '-h' || command === 'help') {
    const topic = rest[0];
    if (topic === 'render') return render(['--help'], out, err);
    if (topic === 'data' && data) return data(['--help'], out, err);
    out(topic === 'validate' ? VALIDATE_HELP : usage);
    return 0;
  }
  if (command === 'validate') return validate(rest, out, err);
  if (command === 'render') return render(rest, out, err);
  if (command === 'data' && data) return data(rest, out, err);
  err(command === undefined ? usage : `job-widgets: unknown command "${safeLine(command)}"\n\n${usage}`);
  return 2;
}
