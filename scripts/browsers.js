#!/usr/bin/env node
/**
 * Finds the Chromium and Firefox the browser tests run in. `CHROME_PATH` / `FIREFOX_PATH` win; else
 * the usual system paths. Run as a script (`node scripts/browsers.js`), it installs Debian's packages
 * for whatever is missing when it can (root with apt-get), or stops with one line saying what to do.
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { fileURLToPath } from 'node:url';

const BROWSERS = {
  chrome: { env: 'CHROME_PATH', debian: 'chromium', paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'] },
  firefox: { env: 'FIREFOX_PATH', debian: 'firefox-esr', paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'] },
};

const executable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** @returns {{ chrome?: string, firefox?: string }} */
export function findBrowsers() {
  const found = {};
  for (const [name, b] of Object.entries(BROWSERS)) {
    const explicit = process.env[b.env];
    found[name] = explicit ? (executable(explicit) ? explicit : undefined) : b.paths.find(executable);
  }
  return found;
}

function ensureBrowsers() {
  let found = findBrowsers();
  let missing = Object.keys(BROWSERS).filter((name) => !found[name]);
  const canInstall = process.getuid?.() === 0 && executable('/usr/bin/apt-get');
  const explicitlyBroken = missing.filter((name) => process.env[BROWSERS[name].env]);
  if (missing.length && canInstall && !explicitlyBroken.length) {
    const packages = missing.map((name) => BROWSERS[name].debian);
    console.log(`Installing ${packages.join(' and ')} from Debian's packages for the browser tests...`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
    found = findBrowsers();
    missing = Object.keys(BROWSERS).filter((name) => !found[name]);
  }
  if (missing.length) {
    const what = missing.map((name) => `${BROWSERS[name].debian} (or set ${BROWSERS[name].env})`).join(' and ');
    console.error(`Browser tests need Chromium and Firefox: install ${what}, e.g. apt-get install -y chromium firefox-esr.`);
    process.exit(1);
  }
  console.log(`Browsers: ${found.chrome}, ${found.firefox}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) ensureBrowsers();
