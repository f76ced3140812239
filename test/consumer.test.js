// The packages as a consumer gets them (after the build): `npm pack` of job-widgets and job-widgets-tools
// (tools/), each installed into an empty folder the way the README says (`npm install job-widgets`, or
// `npm install job-widgets-tools`; here from the tarballs, with the registry's cache for the rest), then
// every `npx job-widgets…` line of the README's sh blocks run there as written, every export imported
// in Node, and dist/job-widgets.js from that node_modules shown as a card in Chromium. Nothing of this
// repository's node_modules is used except puppeteer-core, which drives the browser.
/* global document -- page.evaluate callbacks run in the page */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer from 'puppeteer-core';
import { findBrowsers } from '../scripts/browsers.js';

const root = new URL('..', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'job-widgets-consumer-'));
const HEAVY = ['satori', '@resvg/resvg-js', 'badge-maker', '@fontsource/inter', '@fontsource/vazirmatn', '@lit-labs/ssr'];

/** `npm pack` of the package in `folder` (already built) into the work folder; the tarball's path. */
const pack = (folder) =>
  join(work, execFileSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', work], { cwd: join(root, folder), encoding: 'utf8' }).trim().split('\n').pop());

/** An empty project folder with `tarballs` installed as `npm install` does; what npm printed. */
function install(name, tarballs) {
  const dir = join(work, name);
  mkdirSync(dir);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `consumer-${name}`, private: true, type: 'module' }));
  // The registry's cache only (the tarballs are ours); no audit or funding requests.
  const result = spawnSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', ...tarballs], { cwd: dir, encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  return { dir, output: result.stdout + result.stderr };
}

/** A shell command line run in `dir` (as a user types it: quotes, comments); its output and exit code. */
const sh = (dir, line) => {
  const r = spawnSync('sh', ['-c', line], { cwd: dir, encoding: 'utf8', env: { ...process.env, npm_config_yes: 'false' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};

/** The README's command lines for package `bin`: the lines of its ```sh blocks that start with `npx bin `. */
function readmeCommands(bin) {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]);
  return blocks.flatMap((block) => block.split('\n')).filter((line) => line.startsWith(`npx ${bin} `));
}

/** Imports every export of the installed package `name` in Node (`skip`: browser-only entries); the specifiers tried. */
function importEveryExport(dir, name, skip = []) {
  const { exports } = JSON.parse(readFileSync(join(dir, 'node_modules', name, 'package.json'), 'utf8'));
  const script = `
    import { readdirSync, statSync } from 'node:fs';
    import { fileURLToPath } from 'node:url';
    const tried = [];
    for (const key of ${JSON.stringify(Object.keys(exports).filter((key) => !skip.includes(key)))}) {
      let spec = ${JSON.stringify(name)} + key.slice(1);
      if (spec.includes('*')) {
        // A pattern: the first file of its folder that matches it.
        const [head, tail] = key.split('*');
        const folder = fileURLToPath(import.meta.resolve(${JSON.stringify(name)} + '/package.json')).replace(/package\\.json$/, '') + ${JSON.stringify(exports)}[key].split('*')[0];
        const file = readdirSync(folder).filter((f) => f.endsWith(tail)).sort()[0];
        spec = ${JSON.stringify(name)} + head.slice(1) + file.slice(0, file.length - tail.length) + tail;
      }
      if (spec.endsWith('.json')) await import(spec, { with: { type: 'json' } });
      else if (/\\.(js|mjs)$/.test(spec) || !/\\.[a-z]+$/.test(spec.split('/').pop())) await import(spec);
      else statSync(fileURLToPath(import.meta.resolve(spec))); // CSS, SVG: resolved and present
      tried.push(spec);
    }
    console.log(JSON.stringify(tried));`;
  writeFileSync(join(dir, 'import-all.mjs'), script);
  const r = sh(dir, 'node import-all.mjs');
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

let browserOnly, tools, browserTarball;
// The README's role file examples: `my-role.json` is a role of one's own.
const myRole = (dir) => copyFileSync(join(root, 'data/roles/qa-engineer.json'), join(dir, 'my-role.json'));
after(() => rmSync(work, { recursive: true, force: true }));

describe('npm install job-widgets (the browser package), in an empty folder', () => {
  before(() => {
    browserTarball = pack('.');
    browserOnly = install('browser', [browserTarball]);
    myRole(browserOnly.dir);
  });

  it('installs quietly (no warning: engines, peer dependencies, deprecations) and only what the browser needs', () => {
    assert.doesNotMatch(browserOnly.output, /warn|ERR/i, browserOnly.output);
    const tree = JSON.parse(sh(browserOnly.dir, 'npm ls --all --json').stdout);
    const names = JSON.stringify(tree);
    for (const name of HEAVY) assert.equal(names.includes(`"${name}"`), false, `${name} is installed`);
    // zod is bundled into dist/lib (and the script-tag module): its 8 MB install is not needed.
    // (`npm ls` lists the optional peer zod as `{}` when it is not installed.)
    const installed = Object.entries(tree.dependencies['job-widgets'].dependencies).filter(([, dep]) => dep.version);
    assert.deepEqual(installed.map(([name]) => name).sort(), ['@lit/context', 'lit']);
    assert.equal(existsSync(join(browserOnly.dir, 'node_modules/zod')), false);
  });

  it('takes at most 15 MB of node_modules (`du -sk`, as the README states it)', () => {
    const kb = Number(sh(browserOnly.dir, 'du -sk node_modules').stdout.split(/\s/)[0]);
    assert.ok(kb > 1000 && kb <= 15 * 1024, `${kb} KB`);
  });

  it('type-checks a TypeScript file using the elements, parseRole and Role with no zod installed (skipLibCheck off)', () => {
    const dir = browserOnly.dir;
    writeFileSync(
      join(dir, 'use.ts'),
      `import { JobCardElement, parseRole, type Role, type JobWidgetError } from 'job-widgets';
import 'job-widgets/define';
const result = parseRole({});
const title: string | undefined = result.ok ? result.data.title : result.issues[0]?.message;
const card = document.createElement('job-card') as JobCardElement;
card.data = { id: 'x' };
const currency: string | undefined = card.profile?.salary?.currency;
const role: Role | undefined = card.profile;
const kind: JobWidgetError['kind'] | undefined = undefined;
export { title, currency, role, kind };
`,
    );
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { strict: true, module: 'preserve', moduleResolution: 'bundler', target: 'ES2022', lib: ['ES2023', 'DOM'], skipLibCheck: false, noEmit: true, types: [] },
        files: ['use.ts'],
      }),
    );
    const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', dir], { encoding: 'utf8' });
    assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
    // … and a wrong use fails, so the check above checked something.
    writeFileSync(join(dir, 'use.ts'), `import type { Role } from 'job-widgets';
const r: Role = { id: 1 };
export { r };
`);
    const wrong = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', dir], { encoding: 'utf8' });
    assert.equal(wrong.status, 2, wrong.stdout);
    assert.match(wrong.stdout, /use\.ts.*TS2322/);
  });

  it("runs the README's `npx job-widgets` commands: validate, --help; render names job-widgets-tools", () => {
    const lines = readmeCommands('job-widgets');
    assert.ok(lines.some((line) => line.includes(' validate ')), 'the README shows validate');
    for (const line of lines) {
      const r = sh(browserOnly.dir, line);
      assert.equal(r.status, 0, `${line}\n${r.stderr}`);
    }
    const help = sh(browserOnly.dir, 'npx job-widgets --help');
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^job-widgets: checks role files/);
    assert.match(help.stdout, /npx job-widgets-tools render/);
    const render = sh(browserOnly.dir, 'npx job-widgets render back-end-developer');
    assert.equal(render.status, 2);
    assert.match(render.stderr, /^job-widgets render: .*\n {2}npx job-widgets-tools render /);
  });

  it('imports every export in Node (the script-tag module is for browsers: loaded below)', () => {
    const tried = importEveryExport(browserOnly.dir, 'job-widgets', ['./job-widgets.js']);
    assert.ok(tried.includes('job-widgets/define') && tried.includes('job-widgets/schema'), tried.join());
  });

  it('shows a card in Chromium from node_modules/job-widgets/dist/job-widgets.js', async () => {
    const dir = browserOnly.dir;
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><meta charset="utf-8"><script type="module" src="/node_modules/job-widgets/dist/job-widgets.js"></script><job-card job="back-end-developer"></job-card>',
    );
    const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };
    const server = createServer((req, res) => {
      const path = normalize(join(dir, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
      try {
        const body = readFileSync(path.endsWith('/') ? join(path, 'index.html') : path);
        res.writeHead(200, { 'content-type': TYPES[extname(path) || '.html'] ?? 'application/octet-stream' }).end(body);
      } catch {
        res.writeHead(404).end();
      }
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const browser = await puppeteer.launch({
      executablePath: findBrowsers().chrome,
      args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      await page.goto(`http://127.0.0.1:${server.address().port}/`);
      // The element reflects its state: wait for "ready" (or "error", which fails below).
      await page.waitForFunction(() => ['ready', 'error'].includes(document.querySelector('job-card')?.getAttribute('state')));
      const card = await page.evaluate(() => {
        const el = document.querySelector('job-card');
        return { state: el.getAttribute('state'), text: el.shadowRoot.textContent, height: el.getBoundingClientRect().height };
      });
      assert.equal(card.state, 'ready', card.text);
      assert.match(card.text, /Back-end Developer/);
      assert.ok(card.height > 100, `height ${card.height}`);
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
      server.close();
    }
  });

  // Last: it adds zod to this folder.
  it("with the user's own zod (the optional peer): job-widgets/schema composes into their schemas and type-checks", () => {
    const dir = browserOnly.dir;
    const add = spawnSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', 'zod@4'], { cwd: dir, encoding: 'utf8' });
    assert.equal(add.status, 0, add.stderr);
    assert.doesNotMatch(add.stdout + add.stderr, /warn|ERR/i);
    writeFileSync(
      join(dir, 'compose.ts'),
      `import * as z from 'zod/mini';
import { readFileSync } from 'node:fs';
import { RoleSchema, type Role } from 'job-widgets/schema';
const Page = z.object({ slug: z.string(), role: RoleSchema });
const role: Role = JSON.parse(readFileSync('my-role.json', 'utf8'));
const good: z.infer<typeof Page> = { slug: 'qa', role };
console.log(JSON.stringify([z.safeParse(Page, good).success, z.safeParse(Page, { slug: 'qa', role: { ...role, id: 'Not An Id' } }).success]));
`,
    );
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { strict: true, module: 'nodenext', target: 'ES2022', lib: ['ES2023', 'DOM'], skipLibCheck: false, outDir: 'out', types: [] },
        files: ['compose.ts'],
      }),
    );
    // (Node's own types are not installed here: the one Node import gets a declaration of its own.)
    writeFileSync(join(dir, 'node.d.ts'), "declare module 'node:fs' { export function readFileSync(path: string, encoding: string): string; }\n");
    const config = JSON.parse(readFileSync(join(dir, 'tsconfig.json'), 'utf8'));
    config.files.push('node.d.ts');
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(config));
    const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', dir], { encoding: 'utf8' });
    assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
    const run = sh(dir, 'node out/compose.js');
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout.trim(), '[true,false]');
  });
});

describe('npm install job-widgets-tools (the Node tools), in an empty folder', () => {
  before(() => {
    tools = install('tools', [browserTarball, pack('tools')]);
    myRole(tools.dir);
  });

  it('installs quietly, with job-widgets of the same version and one Lit for the server renderer', () => {
    assert.doesNotMatch(tools.output, /warn|ERR/i, tools.output);
    const tree = JSON.parse(sh(tools.dir, 'npm ls lit --all --json').stdout);
    const versions = new Set(JSON.stringify(tree).match(/"lit":\{"version":"[^"]+"/g));
    assert.equal(versions.size, 1, [...versions].join());
    const own = JSON.parse(readFileSync(join(tools.dir, 'node_modules/job-widgets-tools/package.json'), 'utf8'));
    const browserPackage = JSON.parse(readFileSync(join(tools.dir, 'node_modules/job-widgets/package.json'), 'utf8'));
    assert.equal(own.dependencies['job-widgets'], browserPackage.version);
  });

  it("runs every `npx job-widgets-tools` command of the README as written: validate, render HTML, SVG, PNG", () => {
    const lines = readmeCommands('job-widgets-tools');
    for (const kind of ['--format svg', '--format png', '--element salary-card']) {
      assert.ok(lines.some((line) => line.includes(kind)), `the README shows ${kind}`);
    }
    for (const line of lines) {
      const r = sh(tools.dir, line);
      assert.equal(r.status, 0, `${line}\n${r.stderr}`);
      const out = line.match(/--out (\S+)/)?.[1];
      if (line.includes(' validate ')) assert.match(r.stdout, / checked: (\d+) valid, 0 invalid/, line);
      else if (out?.endsWith('.png')) assert.deepEqual([...readFileSync(join(tools.dir, out)).subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47], line);
      else if (out?.endsWith('.svg')) assert.match(readFileSync(join(tools.dir, out), 'utf8'), /^<svg /, line);
      else if (line.includes('--format svg')) assert.match(r.stdout, /^<svg /, line);
      else assert.match(r.stdout, /^<[a-z]+-[a-z-]+[ >][\s\S]*<template [^>]*shadowrootmode="open"/, line);
    }
  });

  it('runs validate and --help, and imports job-widgets-tools/ssr, which renders a card', () => {
    const validate = sh(tools.dir, 'npx job-widgets-tools validate my-role.json node_modules/job-widgets/data/roles');
    assert.equal(validate.status, 0, validate.stderr);
    // my-role.json and every bundled role file.
    const files = 1 + readdirSync(join(root, 'data/roles')).filter((f) => f.endsWith('.json')).length;
    assert.equal(validate.stdout.trim(), `${files} files checked: ${files} valid, 0 invalid`);
    for (const line of ['npx job-widgets-tools --help', 'npx job-widgets-tools render --help']) {
      const r = sh(tools.dir, line);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /Usage: job-widgets render /);
    }
    const tried = importEveryExport(tools.dir, 'job-widgets-tools');
    assert.ok(tried.includes('job-widgets-tools/ssr'), tried.join());
    writeFileSync(
      join(tools.dir, 'render.mjs'),
      "import { renderElement } from 'job-widgets-tools/ssr';\nconsole.log(await renderElement({ element: 'job-card', role: 'data-scientist' }));",
    );
    const r = sh(tools.dir, 'node render.mjs');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^<job-card job="data-scientist"[^>]*>[\s\S]*<template [^>]*shadowrootmode="open"[\s\S]*Data Scientist/);
  });
});
