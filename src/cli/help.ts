/** The command's help texts (each with its exit codes) and its argument parsing (node:util's parseArgs). */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { MAX_DEPTH, safeLine } from './files.js';
import { ELEMENTS } from '../elements.js';

/** The elements `--element` takes (src/elements.ts), wrapped to the help's column, the index's last. */
function elementNames(): string {
  const names = [...ELEMENTS.filter((e) => e.takes === 'role'), ...ELEMENTS.filter((e) => e.takes === 'index')].map((e, i) =>
    i === 0 ? `${e.tag} (default)` : e.takes === 'index' ? `${e.tag} (which takes an index file, or nothing for the bundled roles)` : e.tag,
  );
  const lines = [''];
  for (const word of names.join(', ').split(' ')) {
    const line = lines.at(-1)!;
    if (line && line.length + word.length + 1 > 78) lines.push(word);
    else lines[lines.length - 1] = line ? `${line} ${word}` : word;
  }
  return lines.join(`\n${' '.repeat(22)}`);
}

export const VALIDATE_HELP = `Usage: job-widgets validate [--] <file or folder>...

Checks role JSON files against the job-widgets role schema, exactly as the elements do. A folder is
searched for *.json files (not inside node_modules or dot-folders; at most ${MAX_DEPTH} folders deep; a
symbolic link loop is reported, not followed); a file given is checked whatever its name. A file must
be a regular file (not a FIFO or a device) of UTF-8 text (a leading BOM is ignored, as browsers do) and
at most 256 KB, the limit of the elements' src. Prints each problem as "file: path: message", then a
summary. Names with control characters are printed as JSON strings ("a\\u001b.json").

Exit codes:
  0  every file is valid
  1  a file is invalid or cannot be read, a folder cannot be searched, or standard output cannot
     be written
  2  usage error: an unknown option, no path, a path that does not exist, or no .json file found
     (nothing was validated)`;

export const RENDER_HELP = `Usage: job-widgets render <id | file.json> [--element NAME] [--ATTRIBUTE VALUE]... [--stylesheets URL]
       job-widgets render <id | file.json> --element NAME --format svg|png [--size social|compact]
                          [--label-role] [--out FILE] [--url URL]
       job-widgets render <id | file.json> <id | file.json>... --element job-compare [...]

Prints the prerendered HTML snippet of an element for a bundled role (its id) or a role file (read
like validate reads it): the whole card, styled, in a Declarative Shadow DOM, shown without
JavaScript and taken over by the script. <job-compare> takes two to four roles (ids or role files),
or one comparison file ({ "roles": [...] }).
  --element NAME      ${elementNames()}
  --ATTRIBUTE VALUE   the element's attributes: --theme, --lang, --locale, --dir, --heading-level,
                      --include, --variant, --limit, --job-href, --href (values kept as given)
  --stylesheets URL   link the CSS from that dist/styles/ folder instead of inline <style>
                      (for style-src 'self')
  --format svg|png    an image instead, for Markdown, newsletters and social previews:
                      --element salary-card --variant badge (a badge), --element job-card (a
                      card) or --element job-compare (two to four roles side by side), with
                      --theme light|dark|both and --lang
  --size social|compact
                      the card's or comparison's size: social (1200x630, the default) or compact
                      (600 px wide, as tall as its content: its text stays 12 px or more shown 343 px
                      wide on a phone)
  --label-role        the badge's label starts with the role's title ("Data Scientist · Median
                      salary (US) · ..."), so that badges side by side can be told apart
  --out FILE          write the image there (a PNG needs it; a badge PNG is at 2x)
  --theme both        write the light image to --out and the dark one next to it (card-dark.svg for
                      card.svg), and print a <picture> that shows the dark one in dark mode
  --url URL           where the image will be served, for the <img>, Markdown and <picture> snippets

Exit codes:
  0  printed (or written)
  1  a role file that is invalid or cannot be read, an unknown id or element, or the output (--out
     or standard output) cannot be written
  2  usage error: an unknown option; an option without its value or with a bad one (--format,
     --lang, --locale, --stylesheets, an image's --element, --theme or --size); no role or more
     than one (a comparison: fewer than two or more than four); a PNG (or --theme both) without
     --out`;

export const REFRESH_HELP = `Usage: job-widgets-tools data refresh [--oews FILE] [--projections FILE] [--roles DIR]
                                      [--provenance FILE] [--survey YYYY-MM] [--openings-unit thousands|ones] [--dry-run]

For maintainers: refreshes the bundled BLS figures from BLS's own files. Each role of the provenance
file's "occupations" is matched by its SOC code (a role that shows another occupation's figures gets
that occupation's, keeping its note); only the figures a role already shows are updated, and each
changed figure's provenance entry with it (release, readOn: the file's name, value). Prints one line
per changed figure and per figure left unchanged (and why), then a summary. Every updated role is
validated first: if one is invalid, nothing is written.
  --oews FILE           the OEWS national file (national_M2025_dl.xlsx, or a .csv export of it): the
                        median annual wage (A_MEDIAN) and percentiles (A_PCT10, A_PCT25, A_PCT75,
                        A_PCT90) of the cross-industry national row. * or ** (not released) leaves the
                        salary unchanged, or a percentile out; # (at or above the top code) leaves a
                        percentile out.
  --projections FILE    the Employment Projections occupation table (occupation.xlsx, or a .csv
                        export): "Employment change, percent, 2024–34" (rounded to a whole percent)
                        and "Occupational openings, 2024–34 annual average"; the period is read from
                        the column titles. Either file alone refreshes only its figures.
  --survey YYYY-MM      the OEWS survey month, when the file is not named as BLS names it
                        (national_M2025_dl.xlsx is May 2025)
  --openings-unit U     thousands or ones, when the table does not say; default thousands, as BLS
                        publishes it (a table whose title or notes say "thousands" is read so)
  --roles DIR           the role files, <id>.json (default data/roles)
  --provenance FILE     the provenance file (default data/provenance.json)
  --dry-run             print what would change; write nothing

Exit codes:
  0  refreshed (or nothing to change)
  1  a file that cannot be read or lacks a column, a role that would be invalid (nothing written), or
     a file that cannot be written
  2  usage error: an unknown option, no file, a bad --survey or --openings-unit, or an OEWS file
     whose survey month is unknown`;

export const USAGE = `job-widgets: checks role files, renders roles as HTML snippets or images, and (for maintainers) refreshes the bundled figures from BLS files.

${VALIDATE_HELP}

${RENDER_HELP}

${REFRESH_HELP}`;

/** What the browser package's `job-widgets` command says of `render` (which job-widgets-tools does). */
export const RENDER_ELSEWHERE = `HTML snippets and images are rendered by the Node tools, a package of their own:
  npx job-widgets-tools render <id | file.json> [options]     (or npm install job-widgets-tools)`;

/** Where the command prints a line (console.log, console.error; a test's array). */
export type Print = (line: string) => void;

/** Parses `args` with `parseArgs`; a usage error is printed and `undefined` returned. */
export function parse(
  command: string,
  args: string[],
  options: NonNullable<ParseArgsConfig['options']>,
  err: Print,
): { values: Record<string, string | boolean | undefined>; positionals: string[] } | undefined {
  try {
    return parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    // Node's message, first line only ("Unknown option '--colour'.", "Option '--theme <value>' argument missing").
    err(safeLine(`job-widgets ${command}: ${(error as Error).message.split('\n')[0]!}`));
    err(`Run "job-widgets ${command} --help" for its usage.`);
    return undefined;
  }
}
