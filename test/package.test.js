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
