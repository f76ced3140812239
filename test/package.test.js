// The package as a bundler sees it (after the build): `import 'job-widgets/define'` must register every
// element even though package.json marks the rest of the library side-effect free.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { ELEMENTS, TAGS } from '../dist/lib/elements.js';

const bundle = async (contents) =>
  (
    await build({
      stdin: { contents, resolveDir: process.cwd(), loader: 'js' },
      bundle: true,
      write: false,
      format: 'esm',
      external: ['lit', 'lit/*', '@lit/*', 'zod', 'zod/*'],
      logLevel: 'silent',
    })
  ).outputFiles[0].text;

describe('package for bundlers', () => {
  it("registers every element from 'job-widgets/define'", async () => {
    const code = await bundle("import 'job-widgets/define';");
    for (const tag of TAGS) assert.match(code, new RegExp(`defineElement\\("${tag}"|define\\("${tag}"`), tag);
  });

  it("registers nothing from 'job-widgets', whose classes tree-shake away when unused", async () => {
    const code = await bundle("import { SalaryCardElement } from 'job-widgets'; console.log(typeof SalaryCardElement);");
    assert.doesNotMatch(code, /customElements\.define\(/);
  });

  it('marks as side effects exactly the modules that register elements (the list in src/elements.ts)', () => {
    const { sideEffects } = JSON.parse(readFileSync('package.json', 'utf8'));
    const registering = ['./dist/job-widgets.js', './dist/lib/define.js', ...ELEMENTS.map((e) => `./dist/lib/${e.module}`)];
    assert.deepEqual([...sideEffects].sort(), registering.sort());
  });

  it('lists every element folder of src/ in src/elements.ts, with its module and view chunk', () => {
    const folders = readdirSync('src').filter((name) => existsSync(`src/${name}/${name}.component.ts`));
    assert.deepEqual(folders.sort(), [...TAGS].sort());
    for (const e of ELEMENTS) {
      assert.ok(existsSync(`dist/lib/${e.module}`), e.module);
      assert.equal(existsSync(`src/${e.tag}/${e.tag}.view.ts`), e.view, `${e.tag}: view chunk`);
    }
  });
});

describe('a new element is its folder and one entry in src/elements.ts (scripts/entries.js)', () => {
  it('writes define.ts, index.ts exports and sideEffects from the list, and --check fails when they drift', async () => {
    const { mkdtempSync, mkdirSync, copyFileSync, symlinkSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { spawnSync } = await import('node:child_process');
    // A copy of what the script reads and writes, with the project's node_modules (esbuild).
    const dir = mkdtempSync(join(tmpdir(), 'job-widgets-entries-'));
    try {
      for (const sub of ['scripts', 'src']) mkdirSync(join(dir, sub));
      for (const file of ['scripts/entries.js', 'src/elements.ts', 'src/index.ts', 'src/define.ts', 'package.json']) copyFileSync(file, join(dir, file));
      symlinkSync(join(process.cwd(), 'node_modules'), join(dir, 'node_modules'));
      const run = (...args) => spawnSync(process.execPath, ['scripts/entries.js', ...args], { cwd: dir, encoding: 'utf8' });
      assert.equal(run('--check').status, 0, 'the repository is up to date with its list');

      // The trial: one more entry in the list, nothing else touched by hand.
      const list = readFileSync(join(dir, 'src/elements.ts'), 'utf8');
      writeFileSync(join(dir, 'src/elements.ts'), list.replace("  entry('job-header', 'role', { docs: false }),", "  entry('job-header', 'role', { docs: false }),\n  entry('job-dummy', 'role'),"));
      const check = run('--check');
      assert.equal(check.status, 1);
      assert.match(check.stderr, /src\/define\.ts does not match src\/elements\.ts/);
      assert.equal(run().status, 0);
      const read = (file) => readFileSync(join(dir, file), 'utf8');
      assert.match(read('src/define.ts'), /^import '\.\/job-dummy\/job-dummy\.js';$/m);
      assert.match(read('src/index.ts'), /^export \{ JobDummyElement \} from '\.\/job-dummy\/job-dummy\.component\.js';\n\/\/ <\/elements>$/m);
      assert.ok(JSON.parse(read('package.json')).sideEffects.includes('./dist/lib/job-dummy/job-dummy.js'));
      assert.equal(run('--check').status, 0);
      // Everything else in those files is as it was.
      assert.equal(read('src/index.ts').replace("export { JobDummyElement } from './job-dummy/job-dummy.component.js';\n", ''), readFileSync('src/index.ts', 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
