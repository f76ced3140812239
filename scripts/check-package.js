#!/usr/bin/env node
/**
 * The packages as consumers get them, job-widgets (this folder) and job-widgets-tools (tools/): packs
 * each once (without rebuilding: run after `npm run build`), then checks its exports' types with
 * @arethetypeswrong/cli (ESM-only: CommonJS consumers are not supported) and its package.json with
 * publint. Run by `npm test`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });
for (const folder of ['.', 'tools']) {
  const dir = mkdtempSync(join(tmpdir(), 'job-widgets-pack-'));
  try {
    const name = execFileSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', dir], { cwd: folder, encoding: 'utf8' }).trim().split('\n').pop();
    const tarball = join(dir, name);
    run('npx', ['--no-install', 'attw', tarball, '--profile', 'esm-only', '--format', 'ascii']);
    // publint on exactly the packed files (unpacked), not on the working folder.
    run('tar', ['-xzf', tarball, '-C', dir]);
    run('npx', ['--no-install', 'publint', 'run', join(dir, 'package'), '--pack', 'false', '--strict']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
