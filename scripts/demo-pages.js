/**
 * The demo pages share their head and navigation. A page file, demo/NAME.html, holds only what is its
 * own: a <head> marked with the page's place in the navigation, with its title (and its own styles and
 * scripts, if any), then its <body>:
 *
 *   <head data-nav="From a URL" data-order="50">
 *     <title>job-widgets demo: a role from a URL</title>
 *   </head>
 *   <body>
 *     <h1>A role from a URL</h1>
 *     …
 *   </body>
 *
 * demoPage() wraps it in the rest (charset, viewport, demo.css, the script, the navigation with the
 * page marked as the current one). `npm run build` writes the finished pages to dist/demo/
 * (scripts/build-demo.js), and the demo server (scripts/serve.js) and the test server serve
 * /demo/NAME.html from there. A new page is one file; the navigation lists it by its data-order.
 * A file that starts with <!doctype html> is a whole page of its own (demo/bench.html), served as it is.
 */
import { readdirSync, readFileSync } from 'node:fs';

const demo = new URL('../demo/', import.meta.url);
const PAGE = /^\s*(?:<!--[\s\S]*?-->\s*)?<head\b([^>]*)>\n?([\s\S]*?)^[ \t]*<\/head>\s*<body>\n?([\s\S]*?)^[ \t]*<\/body>\s*$/m;
const attribute = (attributes, name) => new RegExp(`\\s${name}="([^"]*)"`).exec(attributes)?.[1];

/** The pages that are no file of demo/: rendered on request by the demo server (scripts/prerendered-page.js). */
const RENDERED = [{ file: 'prerendered.html', label: 'Prerendered', order: 90 }];

/** demo/`file` as its parts, or undefined for a whole page of its own. */
function pageFile(file) {
  const text = readFileSync(new URL(file, demo), 'utf8');
  if (/^\s*<!doctype html>/i.test(text)) return undefined;
  const match = PAGE.exec(text);
  if (!match) throw new Error(`demo/${file}: expected <head data-nav="…" data-order="…">…</head> then <body>…</body>`);
  const [, attributes, head, body] = match;
  const title = /^[ \t]*<title>.*<\/title>\n/m.exec(head)?.[0];
  const label = attribute(attributes, 'data-nav');
  const order = Number(attribute(attributes, 'data-order'));
  if (!title || !label || !Number.isFinite(order)) throw new Error(`demo/${file}: a page needs a <title>, data-nav and a numeric data-order`);
  return { file, label, order, title, head: head.replace(title, ''), body };
}

/** The page files of demo/ (not the whole pages), by file name. */
export const demoPageFiles = () =>
  readdirSync(demo)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .flatMap((file) => pageFile(file) ?? []);

/**
 * The navigation: every page in its order, `current` (a file name) marked as the page the reader is on.
 * `base` is where the links start from ('' beside the pages, '/demo/' elsewhere).
 */
export function demoNav(current, base = '') {
  const pages = [...demoPageFiles(), ...RENDERED].sort((a, b) => a.order - b.order);
  // No white space between the links: the gaps are demo.css's margins.
  const links = pages.map(({ file, label }) => {
    const href = file === 'index.html' ? base || './' : `${base}${file}`;
    return `<a href="${href}"${file === current ? ' aria-current="page"' : ''}>${label}</a>`;
  });
  return `<nav aria-label="Demo pages">${links.join('')}</nav>`;
}

/**
 * The finished page of demo/`file`. `nav: false` leaves the navigation out, `script` is where the
 * library is loaded from, `htmlAttributes` go on <html> (the static builder of build-builder.js).
 */
export function demoPage(file, { nav = true, script = '../dist/job-widgets.js', htmlAttributes = '' } = {}) {
  const page = pageFile(file);
  if (!page) throw new Error(`demo/${file} is a whole page, not a page file`);
  return `<!doctype html>
<html lang="en"${htmlAttributes}>
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
${page.title}    <link rel="stylesheet" href="demo.css" />
    <script type="module" src="${script}"></script>
${page.head}  </head>
  <body>
${nav ? `    ${demoNav(file)}\n` : ''}${page.body}  </body>
</html>
`;
}
