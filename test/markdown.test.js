// Snippets pasted into Markdown (a blog post, a static site generator's page): markdown-it (CommonMark,
// `html: true`, what Eleventy uses) and marked must leave every byte of `render`'s output as it is.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import MarkdownIt from 'markdown-it';
import { marked } from 'marked';
import { parseFragment } from 'parse5';
import { ELEMENTS, renderElement } from '../tools/dist/ssr.js';
import { readRole } from './fixtures/read-role.js';
import { sampleRole } from './fixtures/sample-role.js';

const seed = readRole('back-end-developer');
const RENDERERS = { 'markdown-it': (md) => new MarkdownIt({ html: true }).render(md), marked: (md) => marked.parse(md) };

/** A post with the snippet as a block of its own, text around it. */
const post = (snippet) => `# A post\n\nChanging careers is *easier* with the facts.\n\n${snippet}\n\nMore text, with a [link](https://example.com/).\n`;

/** Every text node of a parsed fragment, template contents included. */
function texts(node) {
  const children = [...(node.childNodes ?? []), ...(node.content?.childNodes ?? [])];
  return [...(node.nodeName === '#text' ? [node.value] : []), ...children.flatMap(texts)];
}

describe('render output in Markdown', () => {
  for (const element of ELEMENTS) {
    it(`keeps <${element}> byte for byte as a block of a post`, async () => {
      const snippet = await renderElement({ element, role: sampleRole(element), attributes: { 'job-href': '/careers/{id}' } });
      for (const [name, render] of Object.entries(RENDERERS)) assert.ok(render(post(snippet)).includes(snippet), `${name} changed <${element}>`);
    });
  }

  it('keeps the badge byte for byte inside a sentence (a Markdown paragraph), in English and Spanish', async () => {
    for (const lang of ['en-US', 'es']) {
      const badge = await renderElement({ element: 'salary-card', role: 'back-end-developer', attributes: { variant: 'badge', lang } });
      for (const [name, render] of Object.entries(RENDERERS)) {
        assert.equal(render(`Back-end developers earn ${badge} on average.\n`).trim(), `<p>Back-end developers earn ${badge} on average.</p>`, name);
      }
    }
  });

  it('keeps snippets with inline JSON, linked stylesheets and dark themes byte for byte', async () => {
    const snippets = [
      await renderElement({ role: { ...seed, id: 'my-role', title: 'My *Role* <b>_x_</b>' }, attributes: { theme: 'dark' } }),
      await renderElement({ element: 'job-card', role: 'data-scientist', stylesheets: 'https://cdn.example/job-widgets/dist/styles/' }),
    ];
    for (const snippet of snippets) for (const [name, render] of Object.entries(RENDERERS)) assert.ok(render(post(snippet)).includes(snippet), name);
  });

  it('keeps a role whose text has blank lines, carriage returns and indented lines in one HTML block, text unchanged', async () => {
    const summary = 'First paragraph.\n\nSecond, after a blank line.\r\n\r\n    Indented like code.\n \t\nLast.';
    const jobHref = '/careers/\n\n{id}';
    // (Without its tagline, so that the card shows the summary.)
    const role = { ...seed, tagline: undefined, summary, faq: [{ question: 'Why?', answer: 'Because.\n\n* not a list' }] };
    for (const element of ['job-profile', 'job-card', 'job-faq']) {
      const snippet = await renderElement({ element, role, attributes: { 'job-href': jobHref } });
      assert.doesNotMatch(snippet, /\n[ \t]*\n|\r/, 'no blank line, no carriage return');
      assert.equal(snippet.split('\n', 1)[0], /^<[^>]*>/.exec(snippet)[0], 'the opening tag alone on the first line');
      for (const [name, render] of Object.entries(RENDERERS)) assert.ok(render(post(snippet)).includes(snippet), `${name}: <${element}>`);
      // The same text as before: line breaks written as references decode to themselves.
      const all = texts(parseFragment(snippet)).join('');
      if (element !== 'job-faq') assert.ok(all.includes(summary), `<${element}> shows the summary as it is`);
      else assert.ok(all.includes('Because.\n\n* not a list'));
      const host = parseFragment(snippet).childNodes[0];
      assert.equal(host.attrs.find((a) => a.name === 'job-href').value, jobHref);
    }
  });

  it('carries CSS that no comment delimiter inside can cut short', async () => {
    for (const element of ELEMENTS) {
      const snippet = await renderElement({ element, role: sampleRole(element) });
      const sheets = [...snippet.matchAll(/<style>(.*?)<\/style>/gs)].map((m) => m[1]);
      assert.ok(sheets.length > 0);
      for (const css of sheets) assert.match(css, /^<!--(?:(?!<!--|-->).)*-->$/s, element);
    }
  });
});
