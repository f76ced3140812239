// The package as a bundler sees it (after the build): `import 'job-widgets/define'` must register every
// element even though package.json marks the rest of the library side-effect free.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { build } from 'esbuild';

const TAGS = ['job-profile', 'salary-card', 'job-outlook', 'skill-list', 'job-faq', 'job-activities', 'job-path', 'related-jobs', 'job-directory', 'job-card', 'job-header'];

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
});
