// The framework types as a TypeScript user gets them (after the build): test/types/*.tsx are compiled
// with tsc (strict, React 19's JSX, the package's own .d.ts checked too; one run for all, tsc is slow).
// The right uses must compile; each line marked `expect TSnnnn` must report that error, and no other
// line any.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const OPTIONS = ['--noEmit', '--strict', '--skipLibCheck', 'false', '--jsx', 'react-jsx', '--module', 'esnext', '--moduleResolution', 'bundler', '--target', 'es2022', '--lib', 'es2023,dom,dom.iterable'];

const FILES = ['test/types/react-elements.tsx', 'test/types/react-wrong.tsx', 'test/types/vue-components.tsx'];
const output = promisify(execFile)(process.execPath, [tsc, ...OPTIONS, ...FILES]).then(
  ({ stdout }) => stdout,
  (error) => error.stdout,
);

/** `line: TSnnnn` for every error tsc reports in `file`; any error elsewhere (the package's .d.ts) as is. */
async function compile(file) {
  return (await output)
    .split('\n')
    .filter((line) => line && !line.startsWith(' ') && (!line.startsWith('test/types/') || line.startsWith(`${file}(`)))
    .map((line) => line.replace(/^test\/types\/[\w-]+\.tsx\((\d+),\d+\): error (TS\d+):.*$/, '$1: $2'));
}

/** `line: TSnnnn` for every `expect TSnnnn` marker in `file`. */
const expected = (file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((text, i) => [...text.matchAll(/expect (TS\d+)/g)].map((m) => `${i + 1}: ${m[1]}`));

const tags = JSON.parse(readFileSync('custom-elements.json', 'utf8'))
  .modules.flatMap((m) => m.declarations ?? [])
  .map((d) => d.tagName)
  .filter(Boolean);

describe('types for React 19 TSX (job-widgets/react)', () => {
  it('every element, with attributes, properties (data, labels) and typed events, compiles', async () => {
    const file = 'test/types/react-elements.tsx';
    const source = readFileSync(file, 'utf8');
    for (const tag of tags) assert.match(source, new RegExp(`<${tag}[\\s>/]`), `${file} does not use <${tag}>`);
    assert.deepEqual(await compile(file), []);
  });

  it('a wrong attribute type, an unknown value, a read-only or unknown property, a wrong event detail: each fails', async () => {
    const file = 'test/types/react-wrong.tsx';
    const wanted = expected(file);
    assert.equal(wanted.length, 8);
    assert.deepEqual(await compile(file), wanted);
  });
});

describe("types for Vue's GlobalComponents (job-widgets/vue)", () => {
  it('the right props compile, a wrong type fails', async () => {
    const file = 'test/types/vue-components.tsx';
    const wanted = expected(file);
    assert.equal(wanted.length, 1);
    assert.deepEqual(await compile(file), wanted);
  });
});
