// The command-line validator, run as a user runs it: `node dist/cli.js validate …` (after the build).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, mkdirSync, openSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { readRole } from './fixtures/read-role.js';

const cli = new URL('../tools/dist/cli.js', import.meta.url).pathname;
const seed = readRole('back-end-developer');
const runWith = (options, ...args) => {
  // The timeout fails a run that would hang (reading a FIFO or /dev/zero) instead of the whole suite.
  const { status, stdout, stderr } = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 60_000, ...options });
  return { status, out: (stdout ?? '').trim().split('\n'), stdout, err: stderr.trim() };
};
const run = (...args) => runWith({}, ...args);

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

/** A fresh folder holding `files` (name: text or bytes). */
function folderWith(files = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'job-widgets-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

describe('job-widgets validate: reading files and folders', () => {
  it('ignores a leading BOM, as the browser does', () => {
    const dir = folderWith({ 'bom.json': `\uFEFF${JSON.stringify(seed)}` });
    const { status, out } = run('validate', join(dir, 'bom.json'));
    assert.equal(status, 0, out.join('\n'));
    assert.equal(run('render', join(dir, 'bom.json'), '--element', 'skill-list').status, 0);
  });

  it('refuses bytes that are not UTF-8, naming the file', () => {
    const text = Buffer.from(JSON.stringify({ ...seed, title: 'Caf\u00e9' }));
    const latin1 = Buffer.from(text.toString('utf8').replace('\u00e9', 'e'), 'latin1');
    const bytes = Buffer.concat([latin1.subarray(0, 20), Buffer.from([0xe9]), latin1.subarray(20)]);
    const dir = folderWith({ 'latin1.json': bytes });
    const { status, out } = run('validate', dir);
    assert.equal(status, 1);
    assert.ok(out.includes(`${join(dir, 'latin1.json')}: not valid UTF-8 text (save it as UTF-8)`), out.join('\n'));
  });

  it('refuses a role larger than the 256 KB the elements accept from src, and says so', () => {
    const big = JSON.stringify({ ...seed, summary: 'x'.repeat(700 * 1024) });
    const dir = folderWith({ 'big.json': big });
    for (const result of [run('validate', dir), run('render', join(dir, 'big.json'))]) {
      assert.equal(result.status, 1);
      assert.match(`${result.stdout}${result.err}`, /big\.json: too large \(70\d KB\): role files are limited to 256 KB, the most the elements accept from src/);
    }
  });

  it('reads only regular files: a FIFO or a device is refused at once with a clear line', () => {
    const dir = folderWith();
    const fifo = join(dir, 'pipe.json');
    assert.equal(spawnSync('mkfifo', [fifo]).status, 0, 'mkfifo');
    const inFolder = run('validate', dir);
    assert.equal(inFolder.status, 1);
    assert.ok(inFolder.out.includes(`${fifo}: cannot be read: it is a FIFO (named pipe), not a regular file`), inFolder.out.join('\n'));
    const device = run('validate', '/dev/zero');
    assert.equal(device.status, 1);
    assert.ok(device.out.includes('/dev/zero: cannot be read: it is a character device, not a regular file'), device.out.join('\n'));
    assert.equal(run('render', fifo).status, 1);
  });

  it('reports an unreadable folder with its reason, never as "no such file"', () => {
    const dir = folderWith({ 'good.json': JSON.stringify(seed) });
    mkdirSync(join(dir, 'locked'));
    writeFileSync(join(dir, 'locked', 'role.json'), JSON.stringify(seed));
    chmodSync(dir, 0o755);
    chmodSync(join(dir, 'locked'), 0o000);
    // Root reads every folder: run as an unprivileged user there, so the permission applies.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const { status, out, err } = runWith(asUser, 'validate', dir);
    chmodSync(join(dir, 'locked'), 0o755);
    assert.equal(status, 1, err);
    assert.ok(out.includes(`${join(dir, 'locked')}: cannot be searched: permission denied (EACCES)`), out.join('\n'));
    assert.equal(out.at(-1), '1 file checked: 1 valid, 0 invalid; 1 path could not be searched or read');
    assert.doesNotMatch(`${out.join('\n')}${err}`, /no such file/);
  });

  it('detects a symbolic link loop, and reports a link to itself as ELOOP', () => {
    const dir = folderWith({ 'good.json': JSON.stringify(seed) });
    mkdirSync(join(dir, 'sub'));
    symlinkSync('..', join(dir, 'sub', 'up'));
    symlinkSync('self.json', join(dir, 'self.json'));
    const { status, out, err } = run('validate', dir);
    assert.equal(status, 1, err);
    assert.ok(out.includes(`${join(dir, 'self.json')}: cannot be read: too many levels of symbolic links (a link loop?) (ELOOP)`), out.join('\n'));
    assert.ok(out.includes(`${join(dir, 'sub', 'up')}: not searched: a symbolic link loop (it leads back to ${dir})`), out.join('\n'));
    assert.equal(out.at(-1), '1 file checked: 1 valid, 0 invalid; 2 paths could not be searched or read');
    const direct = run('validate', join(dir, 'self.json'));
    assert.equal(direct.status, 1);
    assert.doesNotMatch(`${direct.stdout}${direct.err}`, /no such file/);
  });

  it('walks a 2,500-deep tree without crashing and says where it stopped', () => {
    const dir = folderWith({ 'good.json': JSON.stringify(seed) });
    // Deeper than a path can name from the top: made one folder at a time from inside.
    const made = spawnSync(process.execPath, ['-e', "const fs=require('fs');for(let i=0;i<2500;i++){fs.mkdirSync('d');process.chdir('d')}fs.writeFileSync('deep.json','{}')"], { cwd: dir });
    assert.equal(made.status, 0, String(made.stderr));
    const { status, out, err } = run('validate', dir);
    spawnSync('rm', ['-rf', dir]);
    assert.equal(status, 1, err);
    assert.ok(out.some((line) => /\/d: not searched: folders nested more than 64 deep$/.test(line)), out.join('\n'));
    assert.equal(out.at(-1), '1 file checked: 1 valid, 0 invalid; 1 path could not be searched or read');
    assert.doesNotMatch(`${out.join('\n')}${err}`, /no such file|RangeError/);
  });

  it('prints file names with control characters as JSON strings, never raw', () => {
    const name = 'evil\u001b[2J\u009b31m\u202e.json';
    const dir = folderWith({ [name]: '{ "id": ' });
    const { status, out } = run('validate', dir);
    assert.equal(status, 1);
    const shown = `"${join(dir, 'evil\\u001b[2J\\u009b31m\\u202e.json')}"`;
    assert.ok(out[0].startsWith(`${shown}: invalid JSON: `), out[0]);
    for (const raw of ['\u001b', '\u009b', '\u202e']) assert.ok(!out.join('\n').includes(raw), `no raw ${JSON.stringify(raw)}`);
  });

  it('exits 2 saying nothing was validated for an empty folder or one without .json files', () => {
    for (const dir of [folderWith(), folderWith({ 'notes.txt': 'not a role' })]) {
      const { status, err } = run('validate', dir);
      assert.equal(status, 2);
      assert.match(err, new RegExp(`no \\.json file in the folder ${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\njob-widgets validate: nothing was validated\\.`));
    }
  });
});

describe('job-widgets: arguments, help and output errors', () => {
  it('prints each command\'s help, with its exit codes, and exits 0', () => {
    for (const args of [['validate', '--help'], ['validate', '-h'], ['help', 'validate']]) {
      const { status, stdout } = run(...args);
      assert.equal(status, 0);
      assert.match(stdout, /^Usage: job-widgets validate /);
      assert.match(stdout, /Exit codes:\n {2}0 {2}every file is valid\n {2}1 [^]*\n {2}2 {2}usage error/);
    }
    for (const args of [['render', '--help'], ['render', 'back-end-developer', '-h'], ['help', 'render']]) {
      const { status, stdout } = run(...args);
      assert.equal(status, 0);
      assert.match(stdout, /^Usage: job-widgets render /);
      assert.match(stdout, /Exit codes:\n {2}0 {2}printed/);
    }
  });

  it('exits 2 on an unknown option, with one line and a pointer to the help', () => {
    const { status, err } = run('validate', '--colour', 'data/roles');
    assert.equal(status, 2);
    assert.equal(err, `job-widgets validate: Unknown option '--colour'. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- "--colour"\nRun "job-widgets validate --help" for its usage.`);
  });

  it('reports an --out (or standard output) that cannot be written in one line, exit 1, no stack trace', () => {
    const dir = folderWith();
    const cases = [
      [dir, 'is a folder (EISDIR)'],
      [join(dir, 'missing', 'card.svg'), 'no such file or folder (ENOENT)'],
      ['/dev/full', 'no space left on the device (ENOSPC)'],
    ];
    for (const [out, why] of cases) {
      const result = run('render', 'back-end-developer', '--element', 'job-card', '--format', 'svg', '--out', out);
      assert.equal(result.status, 1, result.err);
      assert.equal(result.err, `job-widgets render: cannot write ${out}: ${why}`);
    }
    const full = openSync('/dev/full', 'w');
    const toFull = runWith({ stdio: ['ignore', full, 'pipe'] }, 'render', 'back-end-developer');
    closeSync(full);
    assert.equal(toFull.status, 1);
    assert.equal(toFull.err, 'job-widgets: cannot write to standard output: no space left on the device (ENOSPC)');
  });

  it('says the same about a bad --lang for HTML and for images', () => {
    for (const lang of ['en_US', '']) {
      const html = run('render', 'back-end-developer', '--element', 'job-card', '--lang', lang);
      const svg = run('render', 'back-end-developer', '--element', 'job-card', '--format', 'svg', '--lang', lang);
      assert.equal(html.status, 2);
      assert.equal(svg.status, html.status);
      assert.equal(svg.err, html.err);
      assert.match(html.err, new RegExp(`^job-widgets render: Invalid lang "${lang}": expected a language tag`));
    }
  });
});
