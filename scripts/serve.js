#!/usr/bin/env node
/**
 * A static file server for the demo: serves the project folder (demo/, dist/, data/) on
 * http://localhost:8000 or $PORT, read-only, and prints the demo's address. No dependencies.
 * /demo/prerendered.html is rendered on request by job-widgets/ssr (`?noscript` leaves the script
 * tag out, `?linked` links dist/styles/ instead of inline styles, `?mode=client` has the same elements
 * rendered by the script, `?mode=static` the cards as plain HTML, `?only=NAME` one of them).
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const port = Number(process.env.PORT) || 8000;
const served = ['demo', 'dist', 'data'];
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** The demo's static server (not yet listening). */
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
  let file = normalize(join(root, decodeURIComponent(pathname)));
  const top = file.slice(root.length + 1).split(/[\\/]/)[0];
  if (!file.startsWith(root) || !served.includes(top)) {
    res.writeHead(404).end('Not found');
    return;
  }
  try {
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    const size = statSync(file).size;
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'content-length': size });
    createReadStream(file).pipe(res);
  } catch {
    res.writeHead(404).end('Not found');
  }
});

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  createDemoServer().listen(port, () => console.log(`job-widgets demo: http://localhost:${port}/demo/`));
}
