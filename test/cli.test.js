// The command-line validator, run as a user runs it: `node dist/cli.js validate …` (after the build).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const cli = new URL('../dist/cli.js', import.meta.url).pathname;
const seed = JSON.parse(readFileSync(new URL('../data/roles/back-end-developer.json', import.meta.url), 'utf8'));
const run = (...args) => {
  const { status, stdout, stderr } = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { status, out: stdout.trim().split('\n'), err: stderr.trim() };
};

/** A folder with a valid role, a role with two schema problems, and a file that is not JSON. */
function fixtures() {
  const dir = mkdtempSync(join(tmpdir(), 'job-widgets-'));
  writeFileSync(join(dir, 'good.json'), JSON.stringify(seed));
  writeFileSync(join(dir, 'bad.json'), JSON.stringify({ ...seed, id: 'Bad Id', salary: { ...seed.salary, amount: '106k' } }));
  mkdirSync(join(dir, 'nested'));
  writeFileSync(join(dir, 'nested', 'broken.json'), '{\n  "id": "x",\n  "title": }\n');
  writeFileSync(join(dir, 'notes.txt'), 'not a role');
  return dir;
}

describe('job-widgets validate', () => {
  it('passes valid files with exit code 0 and a summary', () => {
    const { status, out } = run('validate', 'data/roles');
    assert.equal(status, 0);
    assert.match(out.at(-1), /^\d+ files checked: (\d+) valid, 0 invalid$/);
    assert.equal(out.length, 1);
  });

  it('prints every problem with file, path and message, and exits 1', () => {
    const dir = fixtures();
    const { status, out } = run('validate', join(dir, 'good.json'), join(dir, 'bad.json'));
    assert.equal(status, 1);
    const bad = join(dir, 'bad.json');
    assert.ok(out.includes(`${bad}: id: must be lower-case letters and digits joined by hyphens, like "back-end-developer", got "Bad Id"`), out.join('\n'));
    assert.ok(out.includes(`${bad}: salary.amount: expected a number, got "106k"`), out.join('\n'));
    assert.equal(out.at(-1), '2 files checked: 1 valid, 1 invalid');
  });

  it('searches a folder for .json files, and reports invalid JSON with its line and column', () => {
    const dir = fixtures();
    const { status, out } = run('validate', dir);
    assert.equal(status, 1);
    assert.ok(out.includes(`${join(dir, 'nested', 'broken.json')}: invalid JSON: Unexpected '}' at line 3, column 12`), out.join('\n'));
    assert.equal(out.at(-1), '3 files checked: 1 valid, 2 invalid');
  });

  it('exits 2 with usage for a missing command, no files, or a path that does not exist', () => {
    assert.equal(run().status, 2);
    assert.equal(run('validate').status, 2);
    const missing = run('validate', 'no/such/folder');
    assert.equal(missing.status, 2);
    assert.match(missing.err, /no such file or folder: no\/such\/folder/);
    assert.equal(run('--help').status, 0);
  });
});
