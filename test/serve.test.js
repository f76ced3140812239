/**
 * The demo server (scripts/serve.js, what `npm start` runs) as a process, over real HTTP: malformed
 * percent-encoding is a 400 and the server goes on answering; a `..` path cannot reach a sibling folder
 * whose name starts with the project folder's; it listens on 127.0.0.1 unless HOST says otherwise; its
 * files and its dynamic routes answer. Run after the build (the dynamic routes use dist/).
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const project = fileURLToPath(new URL('..', import.meta.url));
const SERVE = join(project, 'scripts/serve.js');

/**
 * An address of this machine that is not 127.0.0.1: a network interface's, else 127.0.0.2 (Linux
 * routes all of 127/8 to the loopback device, so only a server bound to every address answers there).
 */
const probeAddress =
  Object.values(networkInterfaces())
    .flat()
    .find((i) => i && i.family === 'IPv4' && !i.internal)?.address ?? '127.0.0.2';

/** A port free on every interface (chosen here rather than PORT=0, so any version of the server can be tested). */
const freePort = () =>
  new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '0.0.0.0', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });

const running = [];
after(() => {
  for (const child of running) child.kill();
});

/** Starts `node script` and resolves, once it prints its address, with the port; rejects if it exits first. */
async function start(script, env = {}) {
  const port = await freePort();
  const child = spawn(process.execPath, [script], { env: { ...process.env, HOST: '', ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
  running.push(child);
  let output = '';
  await new Promise((resolve, reject) => {
    const onData = (chunk) => {
      output += chunk;
      if (/http:\/\/\S+:\d+\//.test(output)) resolve();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => reject(new Error(`the server exited (${code}) before listening:\n${output}`)));
  });
  return { port, child, output: () => output };
}

/** GET `path` exactly as given (no normalising, no re-encoding), on a fresh connection. */
function get(port, path, host = '127.0.0.1') {
  return new Promise((resolve, reject) => {
    const req = request({ host, port, path, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('malformed percent-encoding is a 400, and the server goes on answering', async () => {
  const { port } = await start(SERVE);
  for (const path of ['/%E0%A4%A', '/demo/%E0%A4%A', '/demo/%']) {
    const res = await get(port, path);
    assert.equal(res.status, 400, path);
  }
  assert.equal((await get(port, '/demo/')).status, 200);
});

test('a ".." path does not reach a sibling folder whose name starts with the project folder\'s', async (t) => {
  // A copy of the server in base/job-widgets/, beside base/job-widgets-demo/: by name, the sibling is
  // the project folder followed by "-demo", which a string-prefix check takes for its demo/ folder.
  const base = mkdtempSync(join(tmpdir(), 'serve-test-'));
  t.after(() => rmSync(base, { recursive: true, force: true }));
  const copy = join(base, 'job-widgets');
  mkdirSync(join(copy, 'scripts'), { recursive: true });
  mkdirSync(join(copy, 'demo'));
  mkdirSync(join(base, 'job-widgets-demo'));
  copyFileSync(SERVE, join(copy, 'scripts/serve.js'));
  writeFileSync(join(copy, 'package.json'), '{ "type": "module" }');
  symlinkSync(join(project, 'node_modules'), join(copy, 'node_modules'), 'dir');
  writeFileSync(join(copy, 'demo/hello.html'), 'hello');
  writeFileSync(join(base, 'job-widgets-demo/secret.txt'), 'SECRET');

  const { port } = await start(join(copy, 'scripts/serve.js'));
  assert.equal((await get(port, '/demo/hello.html')).body, 'hello', 'the copy serves its own files');
  for (const path of ['/..%2fjob-widgets-demo/secret.txt', '/demo/..%2f..%2fjob-widgets-demo/secret.txt', '/%2e%2e/job-widgets-demo/secret.txt', '/..%5cjob-widgets-demo/secret.txt']) {
    const res = await get(port, path);
    assert.ok([403, 404].includes(res.status), `${path}: ${res.status}`);
    assert.doesNotMatch(res.body, /SECRET/, path);
  }
});

test('listens on 127.0.0.1 only, unless HOST says otherwise', async () => {
  const local = await start(SERVE);
  assert.equal((await get(local.port, '/demo/')).status, 200);
  await assert.rejects(get(local.port, '/demo/', probeAddress), { code: 'ECONNREFUSED' }, `answered on ${probeAddress}`);

  // The same probe reaches a server bound to every interface: the refusal above is the binding's doing.
  const all = await start(SERVE, { HOST: '0.0.0.0' });
  assert.equal((await get(all.port, '/demo/', probeAddress)).status, 200);
  assert.equal((await get(all.port, '/demo/')).status, 200);
});

test('serves the files and the dynamic routes', async () => {
  const { port } = await start(SERVE);
  const root = await get(port, '/');
  assert.equal(root.status, 302);
  assert.equal(root.headers.location, '/demo/');
  assert.equal((await get(port, '/demo')).status, 301); // to /demo/, so the page's relative links work
  assert.match((await get(port, '/demo/')).body, /<title>/);
  const script = await get(port, '/dist/job-widgets.js');
  assert.equal(script.status, 200);
  assert.match(script.headers['content-type'], /javascript/);
  assert.equal(JSON.parse((await get(port, '/data/roles/data-scientist.json')).body).id, 'data-scientist');
  for (const path of ['/src/index.ts', '/package.json', '/dist/../package.json', '/dist/%2e%2e/package.json']) assert.equal((await get(port, path)).status >= 400, true, path);

  const manifest = await get(port, '/custom-elements.json');
  assert.equal(manifest.status, 200);
  assert.ok(JSON.parse(manifest.body).modules.length > 0);
  const snippet = await get(port, '/demo/render?element=salary-card&role=back-end-developer');
  assert.equal(snippet.status, 200);
  assert.match(snippet.body, /<salary-card[^>]*job="back-end-developer"/);
  assert.equal((await get(port, '/demo/render?element=no-such-thing&role=back-end-developer')).status, 400);
  // The builder's comparison: two ids in one parameter, as its job attribute has them.
  const comparison = await get(port, '/demo/render?element=job-compare&role=data-scientist%20database-architect');
  assert.equal(comparison.status, 200, comparison.body);
  assert.match(comparison.body, /^<job-compare job="data-scientist database-architect"/);
  assert.equal((await get(port, '/demo/render?element=job-compare&role=data-scientist')).status, 400);
  const page = await get(port, '/demo/prerendered.html?noscript');
  assert.equal(page.status, 200);
  assert.match(page.body, /shadowrootmode/);
});
