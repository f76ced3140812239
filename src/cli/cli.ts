/**
 * `job-widgets validate <files or folders…>`: checks role JSON files against the same schema the
 * elements use, prints every problem as `file: path: message` and a one-line summary, and exits 1 when
 * any file is invalid (2 for a usage error).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describeSyntaxError } from '../core/json-error.js';
import { parseRole } from '../schema/validate.js';

const USAGE = `Usage: job-widgets validate <file or folder>...

Checks role JSON files (folders are searched for *.json) against the job-widgets role schema.
Prints each problem as "file: path: message", then a summary. Exit code: 0 all valid, 1 some invalid,
2 usage error.`;

/** Every *.json file below `path` (or `path` itself), in a stable order. */
function jsonFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .filter((entry) => entry.name !== 'node_modules' && !entry.name.startsWith('.'))
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const full = join(path, entry.name);
      return entry.isDirectory() ? jsonFiles(full) : entry.name.endsWith('.json') ? [full] : [];
    });
}

/** The problems of one file, as printable lines (none when it is valid). */
export function problemsOf(file: string): string[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return [`${file}: cannot be read (${(error as Error).message})`];
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return [`${file}: invalid JSON: ${describeSyntaxError(text) ?? (error as Error).message}`];
  }
  const result = parseRole(json);
  return result.ok ? [] : result.issues.map((issue) => `${file}: ${issue.path || '(document)'}: ${issue.message}`);
}

export function main(args: string[], out = console.log, err = console.error): number {
  const [command, ...paths] = args;
  if (command === '--help' || command === '-h' || command === 'help') {
    out(USAGE);
    return 0;
  }
  if (command !== 'validate' || paths.length === 0) {
    err(USAGE);
    return 2;
  }
  const files: string[] = [];
  for (const path of paths) {
    try {
      files.push(...jsonFiles(path));
    } catch {
      err(`job-widgets: no such file or folder: ${path}`);
      return 2;
    }
  }
  let invalid = 0;
  for (const file of files) {
    const problems = problemsOf(file);
    if (problems.length) invalid++;
    for (const line of problems) out(line);
  }
  out(`${files.length} file${files.length === 1 ? '' : 's'} checked: ${files.length - invalid} valid, ${invalid} invalid`);
  return invalid ? 1 : 0;
}
