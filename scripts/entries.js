#!/usr/bin/env node
/**
 * Writes what follows from the list of elements (src/elements.ts), so a new element is its folder and
 * one entry there: src/define.ts (one import per element, registering it), the element classes exported
 * by src/index.ts (between its `elements` markers) and package.json's `sideEffects` (the modules that
 * register elements). Run by `npm run build`; `--check` (in `npm test`) fails when a written file
 * differs from what the list gives, that is, when someone edited it by hand or did not build.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;

/** The list, compiled from src/elements.ts (plain data: no imports). */
export async function readElements() {
  const out = await build({ entryPoints: [`${root}src/elements.ts`], write: false, format: 'esm', logLevel: 'silent' });
  return (await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`)).ELEMENTS;
}

/** `salary-card` → `SalaryCardElement`. */
export const className = (tag) => `${tag.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase())}Element`;

/** The three files' new text, for `elements` and the files' current text. */
export function entries(elements, { index, packageJson }) {
  const define = `/**
 * Registers every job-widgets element (tags already defined on the page are left alone), in the order
 * of src/elements.ts: the provider, \`<job-profile>\`, first, so parts inside it find it when they upgrade.
 * Written by scripts/entries.js from src/elements.ts: edit the list, not this file.
 */
${elements.map((e) => `import './${e.module}';`).join('\n')}
`;
  const start = '// <elements> (written by scripts/entries.js from src/elements.ts)\n';
  const end = '// </elements>\n';
  const [head, rest] = index.split(start);
  if (rest === undefined || !rest.includes(end)) throw new Error(`src/index.ts: no "${start.trim()}" … "${end.trim()}" block`);
  const classes = elements.map((e) => `export { ${className(e.tag)} } from './${e.tag}/${e.tag}.component.js';\n`).join('');
  const pkg = JSON.parse(packageJson);
  pkg.sideEffects = ['./dist/job-widgets.js', './dist/lib/define.js', ...elements.map((e) => `./dist/lib/${e.module}`)];
  return {
    'src/define.ts': define,
    'src/index.ts': `${head}${start}${classes}${end}${rest.slice(rest.indexOf(end) + end.length)}`,
    'package.json': `${JSON.stringify(pkg, null, 2)}\n`,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const check = process.argv.includes('--check');
  const read = (file) => readFileSync(`${root}${file}`, 'utf8');
  const files = entries(await readElements(), { index: read('src/index.ts'), packageJson: read('package.json') });
  const stale = Object.entries(files).filter(([file, text]) => read(file) !== text);
  if (check) {
    for (const [file] of stale) console.error(`${file} does not match src/elements.ts: run \`npm run build\` (scripts/entries.js) and commit it.`);
    process.exit(stale.length ? 1 : 0);
  }
  for (const [file, text] of stale) writeFileSync(`${root}${file}`, text);
  console.log(`src/define.ts, src/index.ts, package.json sideEffects: ${stale.length ? `${stale.map(([f]) => f).join(', ')} written` : 'up to date'}`);
}
