/**
 * The script-tag build's role files: the main module (dist/job-widgets.js) knows no list of bundled
 * roles, so its size does not grow with their number. Each role is `roles/<id>-<tag>.js`, one tag for
 * every role of a build (a hash of the bundled data), which the main module names once and completes
 * with the id at run time (scripts/role-files.js, src/data/bundled-url.ts). Run after `npm run build`; the last test builds the script-tag module twice
 * in a temporary copy of the project (about 30 s).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const ids = (dir) => readdirSync(join(dir, 'data/roles')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -'.json'.length));

/** The tag shared by every file of `dist/roles/` (undefined when they do not share one). */
function tagOf(dir) {
  const tags = new Set(readdirSync(join(dir, 'dist/roles')).filter((f) => f.endsWith('.js')).map((f) => /-([\w-]{8})\.js$/.exec(f)?.[1]));
  return tags.size === 1 ? [...tags][0] : undefined;
}

test('the main module names no bundled role (but those of the FAQ hint, bundledWithFaq)', () => {
  const main = readFileSync(join(root, 'dist/job-widgets.js'), 'utf8');
  // Which roles bring an FAQ of their own is known before their data arrives (the FAQ writer loads
  // with the data for the others): a list of ids, but only of those roles.
  const withFaq = /bundledWithFaq[^=]*= new Set\(\[([^\]]*)\]\)/.exec(readFileSync(join(root, 'src/data/bundled-common.ts'), 'utf8'));
  assert.ok(withFaq, 'no bundledWithFaq in src/data/bundled-common.ts');
  for (const id of ids(root)) if (!withFaq[1].includes(`'${id}'`)) assert.ok(!main.includes(id), `dist/job-widgets.js names "${id}"`);
});

test('every bundled role is dist/roles/<id>-<tag>.js, with one tag, which the main module names', () => {
  const tag = tagOf(root);
  assert.ok(tag, `the role files do not share a tag: ${readdirSync(join(root, 'dist/roles'))}`);
  const files = readdirSync(join(root, 'dist/roles')).filter((f) => f.endsWith('.js'));
  assert.deepEqual(files.sort(), ids(root).map((id) => `${id}-${tag}.js`).sort());
  assert.ok(readFileSync(join(root, 'dist/job-widgets.js'), 'utf8').includes(`-${tag}.js`), 'the main module does not name the tag');
});

test('adding a role does not make the main module larger', () => {
  const work = mkdtempSync(join(tmpdir(), 'job-widgets-roles-'));
  try {
    for (const path of ['src', 'data', 'scripts', 'rollup.config.js', 'tsconfig.json', 'package.json']) cpSync(join(root, path), join(work, path), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'), 'dir');
    // Only the script-tag build (the first configuration).
    writeFileSync(join(work, 'script-tag.config.js'), "import configs from './rollup.config.js';\nexport default configs[0];\n");
    const build = () => {
      rmSync(join(work, 'dist'), { recursive: true, force: true });
      execFileSync(process.execPath, ['scripts/build-index.js'], { cwd: work, stdio: 'pipe' });
      execFileSync(process.execPath, [join(root, 'node_modules/rollup/dist/bin/rollup'), '-c', 'script-tag.config.js', '--silent'], { cwd: work, stdio: 'pipe' });
      const main = readFileSync(join(work, 'dist/job-widgets.js'));
      return { tag: tagOf(work), length: main.length, gzip: gzipSync(main, { level: 9 }).length };
    };
    const before = build();

    // A thirteenth role: a copy of one with an id of its own, in data/roles/ and in the static table.
    const role = JSON.parse(readFileSync(join(work, 'data/roles/qa-engineer.json'), 'utf8'));
    writeFileSync(join(work, 'data/roles/test-automation-engineer.json'), JSON.stringify({ ...role, id: 'test-automation-engineer', title: 'Test Automation Engineer' }));
    const bundled = join(work, 'src/data/bundled.ts');
    const table = /(roleChunks[\s\S]*?= \{\n)/;
    assert.match(readFileSync(bundled, 'utf8'), table);
    writeFileSync(bundled, readFileSync(bundled, 'utf8').replace(table, "$1  'test-automation-engineer': () => import('../../data/roles/test-automation-engineer.json'),\n"));
    const after = build();

    assert.ok(readdirSync(join(work, 'dist/roles')).some((f) => f.startsWith('test-automation-engineer-')), 'the new role has no file');
    // The same code: the same length. (Not the same bytes: the tag and the index chunk's hash are new,
    // and terser names variables by the frequency of characters, so the names move.) Before the role
    // files had a tag, a role added 86 characters and about 20 bytes gzip.
    assert.equal(after.length, before.length, 'the main module grew (characters)');
    assert.ok(Math.abs(after.gzip - before.gzip) <= 6, `the main module grew: ${before.gzip} → ${after.gzip} bytes gzip`);
    assert.notEqual(after.tag, before.tag, 'the tag did not change with the data');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
