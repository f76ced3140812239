// The build step that makes bundled data trusted (scripts/trusted-data.js): an invalid bundled file
// fails a real rollup build, naming every problem; a valid one is shipped normalised.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import json from '@rollup/plugin-json';
import { rollup } from 'rollup';
import { trustedData } from '../scripts/trusted-data.js';
import { readRole } from './fixtures/read-role.js';
import { SCRIPT_URL } from './fixtures/hostile.js';

const seed = readRole('back-end-developer');

/** Builds an entry that imports data/roles/NAME.json (written from `role`) the way src/data/bundled.ts does. */
async function buildWith(role) {
  const dir = mkdtempSync(join(tmpdir(), 'job-widgets-data-'));
  mkdirSync(join(dir, 'data', 'roles'), { recursive: true });
  const file = join(dir, 'data', 'roles', 'some-role.json');
  writeFileSync(file, typeof role === 'string' ? role : JSON.stringify(role));
  writeFileSync(join(dir, 'entry.js'), `export const load = () => import(${JSON.stringify(file)}).then((m) => m.default);`);
  const bundle = await rollup({ input: join(dir, 'entry.js'), plugins: [trustedData(), json({ compact: true, preferConst: true, namedExports: false })], logLevel: 'silent' });
  const { output } = await bundle.generate({ format: 'es' });
  return output.map((chunk) => chunk.code).join('\n');
}

describe('trusted bundled data (the build step)', () => {
  it('fails the build for a bundled role that is not valid, naming every problem by path', async () => {
    await assert.rejects(buildWith({ ...seed, id: 'Bad Id', salary: { ...seed.salary, amount: '106k' } }), (error) => {
      assert.match(error.message, /data\/roles\/some-role\.json is not a valid role/);
      assert.match(error.message, /id: /);
      assert.match(error.message, /salary\.amount: expected a number, got "106k"/);
      return true;
    });
  });

  it('fails the build for a link that is not http(s), and for a file that is not JSON', async () => {
    await assert.rejects(buildWith({ ...seed, skills: [{ name: 'X', url: SCRIPT_URL }] }), /skills\[0\]\.url/);
    await assert.rejects(buildWith('{ "id": '), /some-role\.json: invalid JSON/);
  });

  it('ships a valid role normalised: trimmed text, links as their parsed href', async () => {
    const code = await buildWith({ ...seed, title: '  Back-end Developer  ', salary: { ...seed.salary, source: { name: 'Salary.com', url: 'HTTPS://WWW.Salary.com/a b' } } });
    assert.match(code, /\btitle:"Back-end Developer"/);
    assert.match(code, /\burl:"https:\/\/www\.salary\.com\/a%20b"/);
  });
});
