#!/usr/bin/env node
/**
 * Writes the embed builder as a static page, dist/builder/ (index.html and its modules), so it runs
 * from any static server next to dist/'s job-widgets.js, without the demo server: the last step of
 * `npm run build` (it reads custom-elements.json, which the step before writes).
 *
 * Made from demo/ with these changes: the page (demo/builder.html, finished by scripts/demo-pages.js)
 * is marked `data-builder="static"` (demo/builder.js then looks for dist/ one folder up, reads the manifest beside it, lists the roles through the
 * library and asks no server to render), it loads ../job-widgets.js, the demo's navigation is left
 * out, the package's name and version in script-url.js are package.json's, and the manifest is cut to
 * what the builder reads (each element's tag, summary and attributes: a few KB instead of 600).
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { demoPage } from './demo-pages.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const from = (path) => readFileSync(`${root}demo/${path}`, 'utf8');
const out = `${root}dist/builder/`;
const { name, version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));

/** `text` with `pattern` replaced once; a pattern that no longer matches fails the build (demo/ changed). */
function replaceOnce(text, pattern, replacement, file) {
  const matches = text.match(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`)) ?? [];
  if (matches.length !== 1) throw new Error(`build-builder: ${pattern} matches ${matches.length} times in demo/${file}, not once`);
  return text.replace(pattern, replacement);
}

const html = demoPage('builder.html', { nav: false, script: '../job-widgets.js', htmlAttributes: ' data-builder="static"' });

let scriptUrl = from('script-url.js');
scriptUrl = replaceOnce(scriptUrl, /export const PACKAGE = '[^']*';/, `export const PACKAGE = ${JSON.stringify(name)};`, 'script-url.js');
scriptUrl = replaceOnce(scriptUrl, /export const VERSION = '[^']*';/, `export const VERSION = ${JSON.stringify(version)};`, 'script-url.js');

const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8'));
const slim = {
  schemaVersion: manifest.schemaVersion,
  modules: manifest.modules
    .map((module) => ({
      kind: 'javascript-module',
      path: module.path,
      declarations: (module.declarations ?? [])
        .filter((d) => d.tagName)
        .map(({ kind, name: className, tagName, summary, description, attributes = [] }) => ({
          kind,
          name: className,
          tagName,
          summary,
          description,
          attributes: attributes.map(({ name: attribute, type, default: fallback, description: about }) => ({ name: attribute, type, default: fallback, description: about })),
        })),
    }))
    .filter((module) => module.declarations.length),
};

mkdirSync(out, { recursive: true });
writeFileSync(`${out}index.html`, html);
writeFileSync(`${out}script-url.js`, scriptUrl);
writeFileSync(`${out}custom-elements.json`, `${JSON.stringify(slim)}\n`);
for (const file of ['builder.js', 'script-json.js', 'demo.css']) copyFileSync(`${root}demo/${file}`, `${out}${file}`);
// The images' sizes and alt texts (dist/images/index.json, about 10 KB): the images ship in job-widgets-tools.
copyFileSync(`${root}dist/images/index.json`, `${out}images.json`);
// The fallback writer `render` uses (src/ssr/fallback.ts, no Lit, no DOM) with both label sets, for the
// builder's script-tag snippets: one module, so they carry the same fallback as the prerendered ones.
await build({
  stdin: {
    contents: `export { fallbackHtml } from './src/ssr/fallback.ts'; export { en } from './src/i18n/en.ts'; export { es } from './src/i18n/es.ts';`,
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  outfile: `${out}fallback.js`,
  logLevel: 'warning',
});
console.log(`dist/builder/: the embed builder as a static page (${name}@${version})`);
