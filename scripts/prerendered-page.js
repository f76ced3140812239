/**
 * A blogger's page with a prerendered snippet of every element (from `job-widgets/ssr`, after the
 * build), paragraphs around each. Served by the demo server (/demo/prerendered.html), the test server
 * (/ssr/page) and the benchmark, so all three look at the same page.
 *
 *   script        add the script tag (default true)
 *   stylesheets   link dist/styles/*.css from this URL instead of inline <style> (strict CSP pages)
 *   mode          'prerendered' (default), 'client' (the same elements, rendered by the script from
 *                 the bundled role: `job="…"`), 'src' (rendered by the script from the role's JSON URL:
 *                 `src="…"`, the directory from /data/index.json) or 'static' (the prerendered cards
 *                 flattened to plain HTML: the floor to compare with)
 *   srcBase       where mode 'src' finds ROLE.json (default /data/roles/, which the demo server serves)
 *   fallback      modes 'client' and 'src': the elements carry the fallback text `render` puts in a
 *                 snippet (what a script-tag snippet should carry; see src/ssr/fallback.ts)
 *   only          render just the case with this name
 *   head          markup to put first in <head> (the tests' CSP violation recorder)
 */
import { readFileSync } from 'node:fs';
import { renderElement } from '../tools/dist/ssr.js';
import { demoNav } from './demo-pages.js';

const dataScientist = JSON.parse(readFileSync(new URL('../data/roles/data-scientist.json', import.meta.url), 'utf8'));

/** Each case: an element and its options; `inline` cases sit inside a sentence. */
export const CASES = [
  { name: 'profile', element: 'job-profile', role: 'back-end-developer', attributes: { 'job-href': '/careers/{id}' } },
  { name: 'profile-document', element: 'job-profile', role: dataScientist, attributes: { theme: 'dark' } },
  { name: 'profile-compact', element: 'job-profile', role: 'software-engineer', attributes: { variant: 'compact' } },
  { name: 'salary-card', element: 'salary-card', role: 'back-end-developer', attributes: { include: 'growth openings' } },
  { name: 'badge', element: 'salary-card', role: 'back-end-developer', attributes: { variant: 'badge' }, inline: true },
  { name: 'job-outlook', element: 'job-outlook', role: 'back-end-developer' },
  { name: 'skill-list', element: 'skill-list', role: 'back-end-developer', attributes: { limit: 6, variant: 'chips' } },
  { name: 'job-faq', element: 'job-faq', role: 'back-end-developer' },
  { name: 'job-faq-generated', element: 'job-faq', role: 'data-scientist', attributes: { lang: 'es' } },
  { name: 'job-activities', element: 'job-activities', role: 'back-end-developer' },
  { name: 'job-path', element: 'job-path', role: 'back-end-developer' },
  { name: 'related-jobs', element: 'related-jobs', role: 'back-end-developer', attributes: { 'job-href': '/careers/{id}' } },
  { name: 'job-directory', element: 'job-directory', attributes: { 'job-href': '/careers/{id}' } },
  { name: 'job-card', element: 'job-card', role: 'network-administrator', attributes: { 'job-href': '/careers/{id}' } },
  { name: 'job-header', element: 'job-header', role: 'back-end-developer' },
  { name: 'job-compare', element: 'job-compare', role: 'data-scientist database-architect' },
];

const LOREM =
  'Changing careers is easier with the facts in front of you: what a job involves, what it pays, and what to learn first. The figures below come with their sources.';
/** The rest of the post below each element: what a layout shift would move. */
const MORE = [
  'Most people who make the switch start with one language and one small project, then grow both. A portfolio of real work matters more than certificates when you apply.',
  'Salaries vary by city, company size and experience, so read any single figure as a guide rather than a promise, and look at its source and year.',
  'If you are unsure where to start, pick the role whose daily activities sound most like the work you enjoy, then learn the first three skills on its list.',
]
  .map((text) => `<p>${text}</p>`)
  .join('');

/**
 * The element's own tag and attributes, without a shadow root: what a client-rendered page has. With
 * `srcBase` the role comes from its JSON document at that URL instead of the bundle (the directory from
 * the index document); a role given as an object stays inline JSON either way.
 */
function clientSnippet(c, srcBase, fallback = '') {
  let source = {};
  // (A comparison of bundled roles has no one document to point `src` at: it names them.)
  if (typeof c.role === 'string') source = srcBase && c.element !== 'job-compare' ? { src: `${srcBase}${c.role}.json` } : { job: c.role };
  else if (c.element === 'job-directory' && srcBase) source = { src: '/data/index.json' };
  const attrs = { ...source, ...c.attributes };
  const list = Object.entries(attrs).map(([k, v]) => ` ${k}="${String(v).replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`).join('');
  const inline = typeof c.role === 'object' ? `<script type="application/json">${JSON.stringify(c.role).replace(/</g, '\\u003c')}</script>` : '';
  return `<${c.element}${list}>${fallback}${inline}</${c.element}>`;
}

/** The fallback text in a snippet (src/ssr/fallback.ts). */
const FALLBACK = /<(p|span|ul) data-job-fallback>.*?<\/\1>(?=(?:<script[^>]*>.*?<\/script>)?<\/[a-z-]+>$)/s;

/** The prerendered card as plain HTML: the shadow roots' markup spliced in place, no custom elements. */
function staticSnippet(snippet) {
  return snippet
    .replace(/<template shadowroot="open" shadowrootmode="open">/g, '')
    .replace(/<\/template>/g, '')
    .replace(/<script type="application\/json">.*?<\/script>/gs, '')
    .replace(FALLBACK, '')
    .replace(/<style>.*?<\/style>/gs, '');
}

export async function prerenderedPage({
  script = true,
  stylesheets,
  mode = 'prerendered',
  only,
  base = '/dist/',
  head = '',
  srcBase = '/data/roles/',
  fallback = false,
} = {}) {
  const cases = only ? CASES.filter((c) => c.name === only) : CASES;
  const sections = [];
  for (const c of cases) {
    const snippet = await renderElement({ element: c.element, role: c.role, attributes: c.attributes, stylesheets });
    const text = fallback ? (FALLBACK.exec(snippet)?.[0] ?? '') : '';
    const shown =
      mode === 'client'
        ? clientSnippet(c, undefined, text)
        : mode === 'src'
          ? clientSnippet(c, srcBase, text)
          : mode === 'static'
            ? staticSnippet(snippet)
            : snippet;
    sections.push(
      c.inline
        ? `<section data-case="${c.name}"><p>Back-end developers earn ${shown} on average, and the figure is sourced.</p><p class="after">${LOREM}</p>${MORE}</section>`
        : `<section data-case="${c.name}"><p>${LOREM}</p>${shown}<p class="after">${LOREM}</p>${MORE}</section>`,
    );
  }
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
${head}
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Prerendered job-widgets</title>
${script && mode !== 'static' ? `<script type="module" src="${base}job-widgets.js"></script>` : ''}
<link rel="stylesheet" href="/demo/demo.css">
</head>
<body>
${demoNav('prerendered.html', '/demo/')}
<main>
<h1>Prerendered job-widgets</h1>
<p>Every card on this page is a snippet from <code>job-widgets render</code>: it shows without JavaScript (<a href="?noscript">without the script</a>, <a href="?mode=client">rendered by the script instead</a>) and the script takes it over without moving anything.</p>
${sections.join('\n')}
</main>
</body>
</html>
`;
}
