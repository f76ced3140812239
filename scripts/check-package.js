#!/usr/bin/env node
/**
 * The package as a consumer gets it: packs it once (without rebuilding: run after `npm run build`),
 * then checks its exports' types with @arethetypeswrong/cli (ESM-only: CommonJS consumers are not
 * supported) and its package.json with publint. Run by `npm test`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'job-widgets-pack-'));
const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });
try {
  const name = execFileSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', dir], { encoding: 'utf8' }).trim().split('\n').pop();
  const tarball = join(dir, name);
  run('npx', ['--no-install', 'attw', tarball, '--profile', 'esm-only', '--format', 'ascii']);
  // publint on exactly the packed files (unpacked), not on the working folder.
  run('tar', ['-xzf', tarball, '-C', dir]);
  run('npx', ['--no-install', 'publint', 'run', join(dir, 'package'), '--pack', 'false', '--strict']);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
