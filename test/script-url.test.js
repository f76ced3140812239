/**
 * The script URL every snippet gives: this package's name and version (package.json's) on the npm
 * CDN, in the README, in the builder and playground (demo/script-url.js) and in the static builder the
 * build writes (dist/builder/), so a release cannot leave an old version or a placeholder behind. Run
 * after the build.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const read = (path) => readFileSync(`${root}${path}`, 'utf8');
const { name, version } = JSON.parse(read('package.json'));
const CDN = `https://cdn.jsdelivr.net/npm/${name}@${version}/dist/`;

test('the README gives the package on the CDN with package.json’s version, and no placeholder', () => {
  const readme = read('README.md');
  assert.ok(readme.includes(`<script type="module" src="${CDN}job-widgets.js"></script>`), 'the first snippet');
  assert.match(readme, new RegExp(`this README is version\\s+${version.replace(/\./g, '\\.')};`));
  // Every versioned CDN URL of the package, whatever the file: this version (VERSION is the pattern).
  const versions = [...readme.matchAll(/(?:cdn\.jsdelivr\.net\/npm|unpkg\.com)\/([\w.-]+)@([^/\s`]+)\//g)].map(([, pkg, v]) => `${pkg}@${v}`);
  assert.ok(versions.length >= 5, `only ${versions.length} CDN URLs`);
  // (The prebuilt images ship in the tools' package, job-widgets-tools, of the same version: tools/package.json.)
  const tools = JSON.parse(read('tools/package.json'));
  assert.equal(tools.version, version);
  assert.deepEqual([...new Set(versions)].sort(), [`${tools.name}@${version}`, `${name}@${version}`, `${name}@VERSION`].sort());
  assert.doesNotMatch(readme, /cdn\.example|your\.cdn/);
});

test('the builder and the playground default to the same URL (demo/script-url.js)', async () => {
  const demo = await import('../demo/script-url.js');
  assert.equal(demo.CDN_SCRIPT_URL, `${CDN}job-widgets.js`);
  assert.equal(demo.CDN_IMAGES_URL, `https://cdn.jsdelivr.net/npm/${JSON.parse(read('tools/package.json')).name}@${version}/dist/images/`);
  for (const file of readdirSync(`${root}demo`)) assert.doesNotMatch(read(`demo/${file}`), /cdn\.example|your\.cdn/, file);
});

test('the static builder in dist/builder/ carries package.json’s name and version and needs nothing outside dist/', async () => {
  const built = await import('../dist/builder/script-url.js');
  assert.equal(built.CDN_SCRIPT_URL, `${CDN}job-widgets.js`);
  const html = read('dist/builder/index.html');
  assert.match(html, /<html lang="en" data-builder="static">/);
  assert.match(html, /<script type="module" src="\.\.\/job-widgets\.js"><\/script>/);
  assert.doesNotMatch(html, /<nav>|\.\.\/dist\/|\.\.\/\.\.\//);
  // Its manifest has every element of the build's, with the same attributes.
  const tags = (manifest) =>
    manifest.modules
      .flatMap((m) => m.declarations ?? [])
      .filter((d) => d.tagName)
      .map((d) => `${d.tagName}: ${(d.attributes ?? []).map((a) => a.name).join(' ')}`)
      .sort();
  assert.deepEqual(tags(JSON.parse(read('dist/builder/custom-elements.json'))), tags(JSON.parse(read('custom-elements.json'))));
});
