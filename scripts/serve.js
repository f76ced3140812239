#!/usr/bin/env node
/**
 * The demo's server: serves demo/, dist/ and data/ of the project folder read-only (through `send`,
 * the static-file sender of Express's serve-static, which refuses malformed and `..` paths) on
 * http://127.0.0.1:8000, or $HOST and $PORT (`HOST=0.0.0.0` for every interface, `PORT=0` for a free
 * port), and prints the address it listens on. The demo pages, /demo/NAME.html, come finished from
 * dist/demo/ (`npm run build` writes them: scripts/build-demo.js), the rest of /demo/ from demo/.
 * /demo/prerendered.html is rendered on request by job-widgets/ssr (`?noscript` leaves the script
 * tag out, `?linked` links dist/styles/ instead of inline styles, `?mode=client` has the same elements
 * rendered by the script, `?mode=static` the cards as plain HTML, `?only=NAME` one of them).
 *
 * For the embed builder (demo/builder.html):
 *   /custom-elements.json   the build's custom elements manifest (the elements and their attributes)
 *   /demo/render?element=E&role=ID&ATTRIBUTE=VALUE…&stylesheets=URL
 *                           the prerendered snippet of renderElement(), as text/plain; POST the role (or
 *                           index) document as the body instead of `role` for your own JSON. A bad role,
 *                           element or attribute is a 400 with the reason (and each problem) as text.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import send from 'send';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const port = process.env.PORT ? Number(process.env.PORT) : 8000;
// Loopback unless asked: the demo serves the working tree, which is nobody else's business.
const host = process.env.HOST || '127.0.0.1';
const served = ['demo', 'dist', 'data'];
const types = { '.html': 'text/html; charset=utf-8', '.json': 'application/json; charset=utf-8' };
/** A `..` segment, as `send` refuses it. */
const UP_PATH = /(?:^|[\\/])\.\.(?:[\\/]|$)/;
/** The largest role document /demo/render reads (as the elements do for `src`). */
const MAX_BODY = 256 * 1024;
/** /demo/render's own parameters; every other one is an attribute of the element. */
const RENDER_PARAMS = ['element', 'role', 'stylesheets'];

/** A response that ends a request early with a status and a plain-text reason. */
class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** The request's body as text, refused over `limit` bytes. */
function readBody(req, limit) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > limit) {
        reject(new HttpError(413, `The document is over ${limit / 1024} KB.`));
        req.removeAllListeners('data');
        req.resume(); // read the rest away, so the answer reaches the client
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** /demo/render: the builder's prerendered snippet, from job-widgets/ssr (dist/, so after the build). */
async function renderSnippet(req, query) {
  if (req.method !== 'GET' && req.method !== 'POST') throw new HttpError(405, 'GET or POST.');
  const attributes = {};
  for (const [name, value] of query) if (!RENDER_PARAMS.includes(name)) attributes[name] = value;
  let role = query.get('role') ?? undefined;
  if (req.method === 'POST') {
    const text = await readBody(req, MAX_BODY);
    try {
      role = JSON.parse(text);
    } catch (error) {
      // Said like the elements say it (`Unexpected '}' at line 3, column 12`), where the build is there.
      const where = await import('../dist/lib/core/json-error.js').then((m) => m.describeSyntaxError(text), () => undefined);
      throw new HttpError(400, `Invalid JSON: ${where ?? error.message}.`);
    }
  }
  const { renderElement, RenderError } = await import('../tools/dist/ssr.js');
  try {
    return await renderElement({
      element: query.get('element') ?? undefined,
      role,
      attributes,
      stylesheets: query.get('stylesheets') ?? undefined,
    });
  } catch (error) {
    if (!(error instanceof RenderError)) throw error;
    const issues = error.issues.map((issue) => `\n${issue.path || '(document)'}: ${issue.message}`).join('');
    throw new HttpError(400, `${error.message}${issues}`);
  }
}

/** A static file of demo/, dist/ or data/ (a directory's index.html), else 400, 403 or 404. */
function serveFile(req, res, pathname) {
  let path;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Bad request: malformed percent-encoding');
    return;
  }
  if (UP_PATH.test(path)) {
    res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' }).end('Forbidden');
    return;
  }
  if (!served.includes(path.split(/[\\/]/)[1])) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  // A demo page as the build finished it (its page file with the shared head and navigation).
  const page = /^\/demo\/([\w-]+\.html)?$/.exec(path);
  const built = page && `/dist/demo/${page[1] ?? 'index.html'}`;
  // `send` decodes and checks the path again (400 malformed, 403 `..`), resolves it under root, and
  // answers 404 for what is not there, dotfiles included.
  send(req, built && existsSync(join(root, built)) ? built : pathname, { root }).pipe(res);
}

/** The demo's server (not yet listening). */
export const createDemoServer = () => createServer((req, res) => {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  if (pathname === '/') {
    res.writeHead(302, { location: '/demo/' }).end();
    return;
  }
  if (pathname === '/demo/prerendered.html') {
    // Rendered on request by job-widgets/ssr (from dist/, so after the build).
    import('./prerendered-page.js')
      .then(({ prerenderedPage }) => {
        const query = new URL(req.url ?? '/', 'http://localhost').searchParams;
        return prerenderedPage({
          script: !query.has('noscript'),
          stylesheets: query.has('linked') ? '/dist/styles/' : undefined,
          mode: query.get('mode') ?? undefined,
          only: query.get('only') ?? undefined,
        });
      })
      .then(
        (page) => res.writeHead(200, { 'content-type': types['.html'] }).end(page),
        (error) => res.writeHead(500).end(String(error)),
      );
    return;
  }
  if (pathname === '/demo/render') {
    renderSnippet(req, new URL(req.url ?? '/', 'http://localhost').searchParams).then(
      (snippet) => res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' }).end(snippet),
      (error) => {
        if (res.headersSent) return;
        const status = error instanceof HttpError ? error.status : 500;
        const headers = { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };
        if (status === 405) headers.allow = 'GET, POST';
        res.writeHead(status, headers).end(status === 500 ? String(error) : error.message);
      },
    );
    return;
  }
  if (pathname === '/custom-elements.json') {
    // The build writes the manifest at the project root; the builder reads the elements from it.
    const manifest = join(root, 'custom-elements.json');
    try {
      const size = statSync(manifest).size;
      res.writeHead(200, { 'content-type': types['.json'], 'content-length': size, 'cache-control': 'no-cache' });
      createReadStream(manifest).pipe(res);
    } catch {
      res.writeHead(404).end('Not found: run npm run build');
    }
    return;
  }
  serveFile(req, res, pathname);
});

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = createDemoServer().listen(port, host, () => {
    const { address, port: bound } = server.address();
    const shown = address === '0.0.0.0' || address === '::' ? 'localhost' : address.includes(':') ? `[${address}]` : address;
    console.log(`job-widgets demo: http://${shown}:${bound}/demo/ (listening on ${address})`);
  });
}
