#!/usr/bin/env node
/**
 * Size budget of the script-tag build, gzip -9 as a CDN would serve it. Prints every file's figure and
 * exits non-zero when one is over budget.
 *   dist/job-widgets.js   15 KB   the module a page loads first (without chunks)
 *   dist/roles/*.js        4 KB   each bundled role's data
 *   dist/chunks/*.js       -      code loaded on demand: printed (the validator counts below)
 *   one bundled role      20 KB   what a page loads to show one bundled role: job-widgets.js, the
 *                                 chunks it imports statically, the largest view chunk (a profile's:
 *                                 rendering loads with the data) and the largest role (bundled data
 *                                 is trusted: no validator)
 *   one role from src   28.5 KB   the same with `src`: job-widgets.js, its static imports, the largest
 *                                 view chunk, the code that fetches (remote) and the validator (the
 *                                 document is not counted). 28 KB until the view chunk was counted
 *                                 (it came to 28.03 KB then, with the 57 roles' FAQ hint in the main
 *                                 module: see data/bundled-common.ts)
 *   the directory        25 KB   a page with <job-directory> of the bundled roles: job-widgets.js, its
 *                                 static imports, the directory's view (its search included) and the
 *                                 role index (57 roles with their skills: the index is `data`)
 *   a comparison         24 KB   a page with one <job-compare> of two bundled roles: job-widgets.js,
 *                                 its static imports, the comparison's view and the two largest roles
 * A role's page never loads the directory's or the comparison's view: "the largest view" there is that
 * of a role element.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const KB = 1024;
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

const rows = [];
const check = (file, bytes, budget) => rows.push({ file, bytes, budget, ok: budget === undefined || bytes <= budget });

const main = gz('dist/job-widgets.js');
check('dist/job-widgets.js', main, 15 * KB);
const scripts = (dir) => readdirSync(dir).filter((f) => f.endsWith('.js')).sort().map((f) => `${dir}/${f}`);
const mainCode = readFileSync('dist/job-widgets.js', 'utf8');
const staticImports = new Set([...mainCode.matchAll(/(?:^|[;}])\s*import\s*(?:[^'"()]*?from\s*)?["']\.\/chunks\/([^"']+)["']/g)].map((m) => m[1]));
let shared = 0;
const chunk = {};
for (const file of scripts('dist/chunks')) {
  const bytes = gz(file);
  const name = file.slice('dist/chunks/'.length);
  if (staticImports.has(name)) shared += bytes;
  chunk[name.replace(/-[\w-]{8}\.js$/, '')] = bytes;
  check(file, bytes);
}
const roleSizes = [];
for (const file of scripts('dist/roles')) {
  const bytes = gz(file);
  roleSizes.push(bytes);
  check(file, bytes, 4 * KB);
}
const [largestRole, secondRole] = roleSizes.sort((a, b) => b - a);
const largestView = Math.max(...Object.entries(chunk).filter(([name]) => name.endsWith('.view') && name !== 'job-directory.view' && name !== 'job-compare.view').map(([, bytes]) => bytes));
check('a page with one bundled role (main + its static imports + the largest view + the largest role)', main + shared + largestView + largestRole, 20 * KB);
check('a page with one role from src (main + its static imports + the largest view + remote + validator)', main + shared + largestView + chunk.remote + chunk.validate, 28.5 * KB);
check('a page with the directory of the bundled roles (main + its static imports + the directory view + the index)', main + shared + chunk['job-directory.view'] + chunk.data, 25 * KB);
check('a page with one compare of two bundled roles (main + its static imports + the compare view + the two largest roles)', main + shared + chunk['job-compare.view'] + largestRole + secondRole, 24 * KB);

const kb = (n) => `${(n / KB).toFixed(2)} KB`;
for (const r of rows) {
  const budget = r.budget === undefined ? '' : ` / ${kb(r.budget)}`;
  console.log(`${r.ok ? 'ok  ' : 'OVER'} ${kb(r.bytes).padStart(9)}${budget.padEnd(12)} gzip  ${r.file}`);
}
if (rows.some((r) => !r.ok)) {
  console.error('Size budget exceeded.');
  process.exit(1);
}
