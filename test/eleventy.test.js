// The README's Eleventy recipe, built for real: test/eleventy-site/ (its config is the recipe) by
// Eleventy 3 into a temporary folder. The cards in the output are `render`'s, byte for byte, from a
// Markdown post (a badge inside a sentence, a card as a block) and a Nunjucks page.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import Eleventy from '@11ty/eleventy';
import { renderElement } from '../tools/dist/ssr.js';

const site = fileURLToPath(new URL('./eleventy-site/', import.meta.url));

// The site imports `job-widgets-tools/ssr` as a user's does: the package built into tools/ is linked
// into the site's node_modules, as `npm install` (or `npm link`) would put it there.
const linked = join(site, 'node_modules', 'job-widgets-tools');
if (!existsSync(linked)) {
  mkdirSync(join(site, 'node_modules'), { recursive: true });
  symlinkSync(fileURLToPath(new URL('../tools/', import.meta.url)), linked, 'dir');
}

describe('the Eleventy recipe', () => {
  it('puts render’s snippets, unchanged, into pages built from Markdown and Nunjucks', async () => {
    const output = mkdtempSync(join(tmpdir(), 'job-widgets-eleventy-'));
    const eleventy = new Eleventy(site, output, { configPath: join(site, 'eleventy.config.js'), quietMode: true });
    await eleventy.write();

    const post = readFileSync(join(output, 'post', 'index.html'), 'utf8');
    const badge = await renderElement({ element: 'salary-card', role: 'back-end-developer', attributes: { variant: 'badge' } });
    assert.ok(post.includes(`<p>Back-end developers earn ${badge} on average.</p>`), 'the badge, in its sentence');
    const card = await renderElement({ element: 'job-card', role: 'back-end-developer', attributes: { 'job-href': '/careers/{id}', 'heading-level': 3 } });
    assert.ok(post.includes(card), 'the card');
    assert.match(post, /<p>More about the job, with <em>emphasis<\/em>\.<\/p>/, 'the Markdown around it is still Markdown');
    assert.doesNotMatch(post, /\[object Promise\]/);

    const page = readFileSync(join(output, 'page', 'index.html'), 'utf8');
    const profile = await renderElement({ element: 'job-profile', role: 'back-end-developer', attributes: { 'job-href': '/careers/{id}' } });
    assert.ok(page.includes(`<h1>Careers</h1>\n${profile}\n<script`), 'the profile');
  });
});
