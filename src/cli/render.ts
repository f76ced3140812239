/**
 * `job-widgets render <id | file.json> [--element NAME] [--ATTRIBUTE VALUE]… [--format svg|png]`: the
 * prerendered HTML snippet of an element (src/ssr/index.ts), or an image of a role (src/images).
 */
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { readJson, reason, safeLine, visible } from './files.js';
import { RENDER_HELP, parse, type Print } from './help.js';
import { ATTRIBUTES, RenderError, checkLanguage, renderElement, resolveComparison, resolveRole } from '../ssr/index.js';

const OPTIONS = {
  ...Object.fromEntries(['element', 'stylesheets', 'format', 'out', 'url', 'size', ...ATTRIBUTES].map((name) => [name, { type: 'string' as const }])),
  'label-role': { type: 'boolean' as const },
};

/** Runs `render` with `args` (after the command); returns the exit code. */
export async function render(args: string[], out: Print, err: Print): Promise<number> {
  const parsed = parse('render', args, OPTIONS, err);
  if (!parsed) return 2;
  if (parsed.values.help) {
    out(RENDER_HELP);
    return 0;
  }
  const { element, stylesheets, format, out: outFile, url, size, 'label-role': labelRole, ...attributes } = parsed.values as Record<string, string | undefined>;
  delete attributes.help;
  const usage = (message: string) => {
    err(safeLine(`job-widgets render: ${message}`));
    err(`Run "job-widgets render --help" for its usage.`);
    return 2;
  };
  if (format !== undefined && format !== 'html' && format !== 'svg' && format !== 'png') return usage(`--format is html, svg or png, not "${format}"`);
  const directory = element === 'job-directory';
  const compare = element === 'job-compare';
  const positional = parsed.positionals;
  if (compare && (positional.length < 1 || positional.length > 4)) return usage('give two to four bundled ids or role files, or one comparison file');
  if (!compare && (positional.length > 1 || (positional.length === 0 && !directory))) return usage(`give one bundled id or role file${directory ? ' (or none)' : ''}`);
  // Each argument a bundled id, or a JSON file read as it is (validated with the rest).
  const read = (what: string): { ok: true; value: unknown } | { ok: false; message: string } =>
    what.endsWith('.json') || (existsSync(what) && statSync(what).isFile()) ? readJson(what) : { ok: true, value: what };
  const values: unknown[] = [];
  for (const what of positional) {
    const json = read(what);
    if (!json.ok) {
      err(safeLine(json.message));
      return 1;
    }
    values.push(json.value);
  }
  // (A comparison of several arguments is their list; one argument is ids in one string or a comparison file.)
  const role: unknown = positional.length > 1 ? values : values[0];
  const label = positional.length === 0 ? 'the bundled index' : positional.map(visible).join(' ');
  const given = attributes as Record<string, string>;
  if ((size !== undefined || labelRole !== undefined) && format !== 'svg' && format !== 'png') return usage('--size and --label-role are for images (--format svg|png)');
  try {
    if (format === 'svg' || format === 'png') return await image({ element, role, attributes: given, format, outFile, url, label, size, labelRole: Boolean(labelRole) }, out, err, usage);
    out(await renderElement({ element: element as never, role, attributes: given, stylesheets }));
    return 0;
  } catch (error) {
    if (!(error instanceof RenderError)) throw error;
    if (error.kind === 'usage' && !error.message.startsWith('Unknown element')) return usage(error.message);
    if (error.kind === 'usage') {
      err(safeLine(`job-widgets render: ${error.message}`)); // exit 1, as for an unknown id
      return 1;
    }
    err(safeLine(`${label}: ${error.message}`));
    for (const issue of error.issues) err(safeLine(`${label}: ${issue.path || '(document)'}: ${issue.message}`));
    return 1;
  }
}

/** `card.svg` → `card-dark.svg` (the dark image of `--theme both`, next to the light one). */
const darkName = (path: string) => path.replace(/(\.[^./\\]*)?$/, (extension) => `-dark${extension}`);

/**
 * `render … --format svg|png`: the salary badge (`--element salary-card --variant badge`, `--label-role`
 * to name the role), the role card (`--element job-card`, `--size social|compact`) or a comparison of
 * two to four roles (`--element job-compare`, `--size social|compact`) as an image, with
 * its `<img>` and Markdown snippets (alt text included). Without `--out` an SVG goes to standard output
 * and the snippets to standard error; with it, the image is written there and the snippets printed. A
 * PNG needs `--out`. `--theme both` writes the light image to `--out` and the dark one next to it
 * (`-dark` before the extension) and prints a `<picture>` that shows the dark one in a dark color scheme.
 */
async function image(
  o: {
    element: string | undefined;
    role: unknown;
    attributes: Record<string, string>;
    format: 'svg' | 'png';
    outFile: string | undefined;
    url: string | undefined;
    label: string;
    size: string | undefined;
    labelRole: boolean;
  },
  out: Print,
  err: Print,
  usage: (message: string) => number,
): Promise<number> {
  const kind =
    o.element === 'job-card' ? 'card' : o.element === 'job-compare' ? 'compare' : o.element === 'salary-card' && o.attributes.variant === 'badge' ? 'badge' : undefined;
  const { theme, lang } = o.attributes;
  const others = Object.keys(o.attributes).filter((name) => !['theme', 'lang', 'variant'].includes(name));
  if (!kind || others.length || (theme !== undefined && theme !== 'light' && theme !== 'dark' && theme !== 'both')) {
    return usage('images are of --element job-card, --element job-compare, or --element salary-card --variant badge, with --theme light|dark|both and --lang');
  }
  if (o.size !== undefined && (kind === 'badge' || (o.size !== 'social' && o.size !== 'compact'))) return usage(`--size is social or compact, for --element job-card or job-compare`);
  if (o.labelRole && kind !== 'badge') return usage('--label-role is for the badge (--element salary-card --variant badge)');
  if (o.format === 'png' && !o.outFile) return usage('a PNG needs --out FILE');
  if (theme === 'both' && !o.outFile) return usage('--theme both needs --out FILE (the dark image is written next to it)');
  checkLanguage({ lang }); // the same check, and words, as for the HTML snippet
  // Validated exactly as for the HTML snippet (a RenderError otherwise).
  const compared = kind === 'compare' ? await resolveComparison(o.role) : undefined;
  const role = compared ? undefined : await resolveRole(o.role);
  const { compareImage, roleImage, snippets, pictureSnippet, toPng } = await import('../images/index.js');
  const themes = theme === 'both' ? (['light', 'dark'] as const) : [theme as 'light' | 'dark' | undefined];
  const size = o.size as 'social' | 'compact' | undefined;
  const made = [];
  try {
    for (const t of themes) {
      const picture = compared ? await compareImage(compared, { theme: t, lang, size }) : await roleImage(role!, { kind: kind as 'card' | 'badge', theme: t, lang, size, labelRole: o.labelRole });
      made.push({ picture, data: o.format === 'png' ? await toPng(picture, kind === 'badge' ? 'badge' : 'card') : picture.svg });
    }
  } catch (error) {
    err(safeLine(`${o.label}: ${(error as Error).message}`));
    return 1;
  }
  const name = compared ? `${compared.roles.map((r) => r.id).join('-vs-')}` : role!.id;
  const url = o.url ?? o.outFile ?? `${name}-${kind}.${o.format}`;
  const { picture } = made[0]!;
  const { html, markdown } = snippets(url, picture);
  if (!o.outFile) {
    out(picture.svg);
    err(html);
    err(markdown);
    return 0;
  }
  const files = [o.outFile, darkName(o.outFile)];
  for (const [i, image] of made.entries()) {
    try {
      writeFileSync(files[i]!, image.data);
    } catch (error) {
      err(safeLine(`job-widgets render: cannot write ${visible(files[i]!)}: ${reason(error)}`));
      return 1;
    }
  }
  if (theme === 'both') {
    out(pictureSnippet(url, darkName(url), picture));
    return 0;
  }
  out(html);
  out(markdown);
  return 0;
}
