/**
 * `job-widgets validate <files or folders…>`: checks role JSON files against the same schema the
 * elements use, prints every problem as `file: path: message` and a one-line summary, and exits 1 when
 * any file is invalid (2 for a usage error).
 *
 * `job-widgets render <id | file.json> [--element NAME] [--theme …] [--lang …] …`: prints the
 * prerendered HTML snippet of an element (see src/ssr/index.ts); exits 1 on a bad role or element,
 * 2 on a usage error.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeSyntaxError } from '../core/json-error.js';
import { parseRole } from '../schema/validate.js';

const USAGE = `Usage: job-widgets validate <file or folder>...
       job-widgets render <id | file.json> [--element NAME] [--ATTRIBUTE VALUE]... [--stylesheets URL]

validate  Checks role JSON files (folders are searched for *.json) against the job-widgets role
          schema. Prints each problem as "file: path: message", then a summary. Exit code: 0 all
          valid, 1 some invalid, 2 usage error.
render    Prints the prerendered HTML snippet of an element for a bundled role (its id) or a role
          file: the whole card, styled, in a Declarative Shadow DOM, shown without JavaScript and
          taken over by the script. --element: job-profile (default), salary-card, job-outlook,
          skill-list, job-faq, job-activities, job-path, related-jobs, job-header, job-card,
          job-directory (which takes an index file, or nothing for the bundled roles). Attributes: --theme, --lang, --locale,
          --dir, --heading-level, --include, --variant, --limit, --job-href, --href. --stylesheets URL links
          the CSS from that dist/styles/ folder instead of inline <style> (for style-src 'self').
          --format svg|png makes an image instead, for Markdown, newsletters and social previews:
          --element salary-card --variant badge (a badge) or --element job-card (a 1200x630 card),
          with --theme light|dark and --lang; --out FILE writes it (a PNG needs it; a badge PNG is
          at 2x), --url URL is where it will be served, for the <img> and Markdown snippets printed.
          Exit code: 0 printed, 1 bad role or element, 2 usage error.`;

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

/** Reads a role file as JSON; a problem is printed and `undefined` returned. */
function readJson(file: string, err: (line: string) => void): { ok: true; value: unknown } | { ok: false } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    err(`${file}: cannot be read (${(error as Error).message})`);
    return { ok: false };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    err(`${file}: invalid JSON: ${describeSyntaxError(text) ?? (error as Error).message}`);
    return { ok: false };
  }
}

async function render(args: string[], out: (line: string) => void, err: (line: string) => void): Promise<number> {
  const { renderElement, RenderError, ATTRIBUTES } = await import('../ssr/index.js');
  const positional: string[] = [];
  const options: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    const value = eq < 0 ? args[++i] : arg.slice(eq + 1);
    if (!['element', 'stylesheets', 'format', 'out', 'url'].includes(name) && !(ATTRIBUTES as readonly string[]).includes(name)) {
      err(`job-widgets render: unknown option --${name}\n\n${USAGE}`);
      return 2;
    }
    if (value === undefined || value.startsWith('--')) {
      err(`job-widgets render: --${name} needs a value\n\n${USAGE}`);
      return 2;
    }
    options[name] = value;
  }
  const { element, stylesheets, format, out: outFile, url, ...attributes } = options;
  if (format !== undefined && format !== 'html' && format !== 'svg' && format !== 'png') {
    err(`job-widgets render: --format is html, svg or png, not "${format}"\n\n${USAGE}`);
    return 2;
  }
  const directory = element === 'job-directory';
  if (positional.length > 1 || (positional.length === 0 && !directory)) {
    err(`job-widgets render: give one bundled id or role file${directory ? ' (or none)' : ''}\n\n${USAGE}`);
    return 2;
  }
  const [what] = positional;
  let role: unknown = what;
  let label = what ?? 'the bundled index';
  if (what !== undefined && (what.endsWith('.json') || (existsSync(what) && statSync(what).isFile()))) {
    const json = readJson(what, err);
    if (!json.ok) return 1;
    role = json.value;
    label = what;
  }
  try {
    if (format === 'svg' || format === 'png') return await image({ element, role, attributes, format, outFile, url, label }, out, err);
    out(await renderElement({ element: element as never, role, attributes, stylesheets }));
    return 0;
  } catch (error) {
    if (!(error instanceof RenderError)) throw error;
    if (error.kind === 'usage') {
      err(`job-widgets render: ${error.message}`);
      return error.message.startsWith('Unknown element') ? 1 : 2;
    }
    err(`${label}: ${error.message}`);
    for (const issue of error.issues) err(`${label}: ${issue.path || '(document)'}: ${issue.message}`);
    return 1;
  }
}

/**
 * `render … --format svg|png`: the salary badge (`--element salary-card --variant badge`) or the role
 * card (`--element job-card`) as an image, with its `<img>` and Markdown snippets (alt text included).
 * Without `--out` an SVG goes to standard output and the snippets to standard error; with it, the
 * image is written there and the snippets printed. A PNG needs `--out`.
 */
async function image(
  o: { element: string | undefined; role: unknown; attributes: Record<string, string>; format: 'svg' | 'png'; outFile: string | undefined; url: string | undefined; label: string },
  out: (line: string) => void,
  err: (line: string) => void,
): Promise<number> {
  const kind = o.element === 'job-card' ? 'card' : o.element === 'salary-card' && o.attributes.variant === 'badge' ? 'badge' : undefined;
  const { theme, lang } = o.attributes;
  const others = Object.keys(o.attributes).filter((name) => !['theme', 'lang', 'variant'].includes(name));
  if (!kind || others.length || (theme !== undefined && theme !== 'light' && theme !== 'dark')) {
    err(`job-widgets render: images are of --element job-card, or --element salary-card --variant badge, with --theme light|dark and --lang\n\n${USAGE}`);
    return 2;
  }
  if (o.format === 'png' && !o.outFile) {
    err('job-widgets render: a PNG needs --out FILE');
    return 2;
  }
  const { resolveRole } = await import('../ssr/index.js');
  const role = await resolveRole(o.role); // validated exactly as for the HTML snippet (a RenderError otherwise)
  const { roleImage, snippets, toPng } = await import('../images/index.js');
  let picture, data;
  try {
    picture = await roleImage(role, { kind, theme: theme as 'light' | 'dark' | undefined, lang });
    data = o.format === 'png' ? await toPng(picture, kind) : picture.svg;
  } catch (error) {
    err(`${o.label}: ${(error as Error).message}`);
    return 1;
  }
  const { html, markdown } = snippets(o.url ?? o.outFile ?? `${role.id}-${kind}.${o.format}`, picture);
  if (o.outFile) {
    writeFileSync(o.outFile, data);
    out(html);
    out(markdown);
  } else {
    out(picture.svg);
    err(html);
    err(markdown);
  }
  return 0;
}

export async function main(args: string[], out = console.log, err = console.error): Promise<number> {
  const [command, ...paths] = args;
  if (command === '--help' || command === '-h' || command === 'help') {
    out(USAGE);
    return 0;
  }
  if (command === 'render') return render(paths, out, err);
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
