/**
 * The local test server's API (a middleware of the test runner's dev server): real HTTP responses for
 * the network tests, each under a key the test makes up, with a per-key record of what happened.
 *
 *   /api/role/KEY?title=T&delay=MS   a valid role (title T), after MS ms
 *   /api/fail/KEY?status=S&times=N&retry-after=SEC
 *                                    status S for the first N requests (Retry-After SEC), then a role
 *   /api/text/KEY?type=T&body=B      body B with content type T
 *   /api/huge/KEY?declared=1         a JSON body that streams on for megabytes (with its Content-Length)
 *   /api/hang/KEY                    headers and the start of a body, then nothing, ever
 *   /api/reset/KEY?times=N           the connection breaks mid-body (a network error), N times, then a role
 *   /api/stats/KEY                   { requests, aborted, completed, bytesSent } for KEY
 *   /api/until/KEY?FIELD=N…          the same, answered once each FIELD named is at least N (a wait
 *                                    for the server's event, with no deadline of its own)
 *   /api/list/roles                  the file names in data/roles/ (for the dataset test)
 *   /api/bundled/ID?delay=MS         data/roles/ID.json as application/json, after MS ms
 *   /api/compare/KEY?ids=A,B…        a comparison document of the bundled roles A, B… ({ roles: [A, B…] })
 *
 * And pages of prerendered snippets (scripts/prerendered-page.js, from the build's job-widgets/ssr):
 *   /ssr/page?script=0|1&stylesheets=URL&mode=M&only=CASE&csp=1&fallback=1
 *                                    csp=1 serves it with STRICT_CSP and a violation recorder
 *   /ssr/range                       the made-up role with percentiles (fixtures/range-role.js) as a
 *                                    <salary-card> and a <job-profile>, light and dark: each prerendered
 *                                    (job-widgets/ssr) beside the same element for the script to render
 *                                    (inline JSON), 740 px wide, one above the other; no script tag (the
 *                                    test adds it)
 *   /ssr/strict                      every element from every source, client-rendered, served with
 *                                    TRUSTED_TYPES_CSP and the recorder (violations and errors)
 *   /api/index/all                   data/index.json as application/json
 *   /frameworks/react-app.js, /frameworks/vue-app.js, /frameworks/react-ssr-client.js
 *                                    the apps of test/frameworks/, bundled by esbuild (after the build)
 *
 * Demo pages and Trusted Types (routes of test/strict-page.test.ts and test/playground.test.ts):
 *   /demo/NAME.html                  the page as the build finished it (dist/demo/, scripts/build-demo.js),
 *                                    as the demo server serves it; the rest of /demo/ is demo/ as it is
 *   /as-served/PATH                  PATH of the project folder, but data/**.json as JSON (not as the
 *                                    modules this server makes of them), as the demo server serves them
 *   /ssr/strict-lit-policy?allow-duplicates=0|1
 *                                    /ssr/strict with a policy named lit-html made before our script
 *                                    loads (as another Lit on the page does), and 'allow-duplicates'
 *                                    added to its trusted-types directive when asked
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { CDN, CDN_WITHOUT_ROLES, SLOW_CHUNK_MS } from './fixtures/cdn.js';
import { readRole } from './fixtures/read-role.js';
import { rangeRole } from './fixtures/range-role.js';

const role = readRole('back-end-developer');
const HUGE_TOTAL = 8 * 1024 * 1024;
const HUGE_CHUNK = 16 * 1024;

/** @type {Map<string, { requests: number, aborted: number, completed: number, bytesSent: number }>} */
const stats = new Map();
/** Per key, the /api/until requests waiting for its record to change. */
const watchers = new Map();
/** A key's record; every change to it wakes the requests waiting on it (/api/until). */
const statsOf = (key) => {
  if (!stats.has(key)) {
    const record = { requests: 0, aborted: 0, completed: 0, bytesSent: 0 };
    const wake = (target, field, value) => {
      target[field] = value;
      for (const watcher of watchers.get(key) ?? []) watcher();
      return true;
    };
    stats.set(key, new Proxy(record, { set: wake }));
  }
  return stats.get(key);
};

/**
 * /api/until/KEY?FIELD=N…: answers KEY's record once every FIELD named has reached at least N. An event
 * on the server, not a poll: a test waits for it however slow the machine (its own timeout bounds it).
 */
function until(ctx, key) {
  const wanted = Object.entries(ctx.query).map(([field, n]) => [field, Number(n)]);
  const record = statsOf(key);
  return new Promise((resolve) => {
    const set = watchers.get(key) ?? new Set();
    watchers.set(key, set);
    const done = () => {
      set.delete(check);
      if (!set.size) watchers.delete(key);
      resolve();
    };
    const check = () => wanted.every(([field, n]) => record[field] >= n) && done();
    ctx.res.on('close', done); // the test gave up
    set.add(check);
    check();
  }).then(() => {
    ctx.set('cache-control', 'no-store');
    ctx.body = { ...record };
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A strict page's policy: no inline script or style, nothing from elsewhere. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'";

/** A strict page's policy with Trusted Types enforced: only Lit's policy may create trusted values. */
export const TRUSTED_TYPES_CSP = `${STRICT_CSP}; require-trusted-types-for 'script'; trusted-types lit-html`;

/** Records the page's CSP violations in `window.violations`, and its errors in `window.errors`, from the start (a same-origin classic script). */
const VIOLATION_RECORDER = `window.violations = [];
window.errors = [];
document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.violatedDirective + ' ' + (e.blockedURI || e.sample || '')));
window.addEventListener('error', (e) => window.errors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => window.errors.push(String(e.reason)));
const consoleError = console.error;
console.error = (...args) => { window.errors.push(args.map(String).join(' ')); consoleError.apply(console, args); };`;

/** Every element from every source it takes, client-rendered, for the strict-page test. */
async function strictPage() {
  const inline = (id) => `<script type="application/json">${readFileSync(new URL(`../data/roles/${id}.json`, import.meta.url), 'utf8').replace(/</g, '\\u003c')}</script>`;
  // The list of elements (src/elements.ts) as built: the page loads dist/job-widgets.js anyway.
  const { ELEMENTS } = await import('../dist/lib/elements.js');
  const tags = ELEMENTS.filter((e) => e.takes === 'role').map((e) => e.tag);
  const elements = tags.flatMap((tag) => [
    `<${tag} job="data-scientist"></${tag}>`,
    `<${tag} src="/api/bundled/qa-engineer"></${tag}>`,
    `<${tag}>${inline('network-architect')}</${tag}>`,
  ]);
  elements.push('<salary-card job="back-end-developer" variant="badge"></salary-card>', '<job-directory></job-directory>', '<job-directory src="/api/index/all"></job-directory>', '<job-profile job="software-developer" lang="es" theme="dark"></job-profile>');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><script src="/ssr/record-violations.js"></script>
<script type="module" src="/dist/job-widgets.js"></script></head><body>${elements.map((e) => `<div>${e}</div>`).join('\n')}</body></html>`;
}

/**
 * /frameworks/react-app.js, /frameworks/vue-app.js, /frameworks/react-ssr-client.js: the small apps of
 * test/frameworks/, bundled by esbuild with the built package.
 */
async function frameworkApp(ctx) {
  const name = /^\/frameworks\/(react-app|vue-app|react-ssr-client)\.js$/.exec(ctx.path)?.[1];
  if (!name) return false;
  const { build } = await import('esbuild');
  const entry = new URL(`./frameworks/${name}.${name.startsWith('react') ? 'jsx' : 'js'}`, import.meta.url).pathname;
  const { outputFiles } = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'esm',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"', __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
    logLevel: 'silent',
  });
  ctx.type = 'text/javascript';
  ctx.set('cache-control', 'no-store');
  ctx.body = outputFiles[0].text;
  return true;
}

/**
 * renderToString of test/frameworks/react-ssr-app.jsx, bundled for Node once per server with React's
 * production build (the development build patches `console`, which the test runner's is not made for).
 */
let reactServerRender;
const loadReactServerRender = async () => {
  const { build } = await import('esbuild');
  const outfile = new URL('../node_modules/.cache/job-widgets-test/react-ssr-render.mjs', import.meta.url);
  await build({
    stdin: {
      contents: `import { createElement } from 'react';
        import { renderToString } from 'react-dom/server';
        import { App } from './frameworks/react-ssr-app.jsx';
        export const render = (props) => renderToString(createElement(App, props));`,
      resolveDir: new URL('.', import.meta.url).pathname,
      loader: 'jsx',
    },
    outfile: outfile.pathname,
    bundle: true,
    platform: 'node',
    format: 'esm',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    // React's CommonJS asks for Node's modules with require().
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    logLevel: 'silent',
  });
  return (await import(outfile.href)).render;
};

/**
 * /frameworks/react-ssr?pattern=props|pattern&title=T: the app of react-ssr-app.jsx rendered in Node
 * with renderToString (a back-end-developer role titled T), in a page that loads its client bundle;
 * the props rendered are in the page's #props (JSON).
 */
async function reactServerPage(ctx) {
  if (ctx.path !== '/frameworks/react-ssr') return false;
  reactServerRender ??= loadReactServerRender();
  const props = { role: { ...role, title: ctx.query.title }, pattern: ctx.query.pattern };
  const html = (await reactServerRender)({ ...props, report: () => {} });
  ctx.type = 'text/html';
  ctx.set('cache-control', 'no-store');
  // The props go to the page too, as Next.js sends them: hydration must get the very data the server rendered.
  ctx.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body><div id="app">${html}</div>
<script type="application/json" id="props">${JSON.stringify(props).replace(/</g, '\\u003c')}</script>
<script type="module">import { hydrate } from '/frameworks/react-ssr-client.js'; window.app = { hydrate };</script></body></html>`;
  return true;
}

/** /ssr/range: each element prerendered beside the same element left to the script (see the list above). */
async function rangePage() {
  const { renderElement } = await import('../tools/dist/ssr.js');
  const role = rangeRole(readRole('back-end-developer'));
  const inline = `<script type="application/json">${JSON.stringify(role).replace(/</g, '\\u003c')}</script>`;
  const rows = [];
  for (const element of ['salary-card', 'job-profile']) {
    for (const theme of ['light', 'dark']) {
      const prerendered = await renderElement({ element, role, attributes: { theme, lang: 'en-US' } });
      const live = `<${element} theme="${theme}" lang="en-US">${inline}</${element}>`;
      rows.push(`<div class="row" data-element="${element}" data-theme="${theme}"><div data-kind="prerendered">${prerendered}</div><div data-kind="live">${live}</div></div>`);
    }
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Salary range</title>
<style>body { margin: 0; font: 16px/1.5 sans-serif; background: #fff; color: #000 } .row { display: grid; grid-template-columns: 740px; gap: 20px; padding: 10px }</style>
</head><body>${rows.join('\n')}</body></html>`;
}

async function ssrMiddleware(ctx) {
  if (ctx.path === '/ssr/range') {
    ctx.set('cache-control', 'no-store');
    ctx.type = 'text/html';
    ctx.body = await rangePage();
    return;
  }
  if (ctx.path === '/ssr/record-violations.js') {
    ctx.type = 'text/javascript';
    ctx.body = VIOLATION_RECORDER;
    return;
  }
  if (ctx.path === '/ssr/strict') {
    ctx.set('cache-control', 'no-store');
    ctx.set('content-security-policy', TRUSTED_TYPES_CSP);
    ctx.type = 'text/html';
    ctx.body = await strictPage();
    return;
  }
  const { prerenderedPage } = await import('../scripts/prerendered-page.js');
  const q = ctx.query;
  const csp = q.csp === '1';
  ctx.set('cache-control', 'no-store');
  if (csp) ctx.set('content-security-policy', STRICT_CSP);
  ctx.type = 'text/html';
  ctx.body = await prerenderedPage({
    script: q.script !== '0',
    stylesheets: q.stylesheets ? String(q.stylesheets) : undefined,
    mode: q.mode ? String(q.mode) : undefined,
    only: q.only ? String(q.only) : undefined,
    fallback: q.fallback === '1',
    head: csp ? '<script src="/ssr/record-violations.js"></script>' : '',
  });
}

// ---- Demo pages and Trusted Types (issue 15) --------------------------------------------------------

/** What another Lit on the page does first: create the `lit-html` policy (where Trusted Types exist). */
const LIT_POLICY_FIRST = `window.hostPolicy = window.trustedTypes ? trustedTypes.createPolicy('lit-html', { createHTML: (s) => s }) : null;`;

/** /demo/NAME.html (and /demo/): the finished page of dist/demo/ where the build wrote one. */
function finishedDemoPage(ctx) {
  const page = /^\/demo\/([\w-]+\.html)?$/.exec(ctx.path);
  const built = page && `/dist/demo/${page[1] ?? 'index.html'}`;
  if (built && existsSync(new URL(`..${built}`, import.meta.url))) ctx.url = `${built}${ctx.querystring ? `?${ctx.querystring}` : ''}`;
}

/** The routes of this block, else false. */
async function demoAndTrustedTypes(ctx, next) {
  finishedDemoPage(ctx);
  if (ctx.path === '/ssr/lit-policy-first.js') {
    ctx.type = 'text/javascript';
    ctx.body = LIT_POLICY_FIRST;
    return true;
  }
  if (ctx.path === '/ssr/strict-lit-policy') {
    ctx.set('cache-control', 'no-store');
    ctx.set('content-security-policy', ctx.query['allow-duplicates'] === '1' ? `${TRUSTED_TYPES_CSP} 'allow-duplicates'` : TRUSTED_TYPES_CSP);
    ctx.type = 'text/html';
    ctx.body = (await strictPage()).replace('<script type="module"', '<script src="/ssr/lit-policy-first.js"></script>\n<script type="module"');
    return true;
  }
  if (!ctx.path.startsWith('/as-served/')) return false;
  const path = ctx.path.slice('/as-served'.length);
  // No dots but the extension's: nothing outside data/.
  if (/^\/data\/[\w/-]+\.json$/.test(path)) {
    ctx.set('cache-control', 'no-store');
    ctx.type = 'application/json';
    ctx.body = readFileSync(new URL(`..${path}`, import.meta.url), 'utf8');
    return true;
  }
  ctx.url = ctx.url.slice('/as-served'.length);
  finishedDemoPage(ctx);
  return next().then(() => true);
}

// ---- end of demo pages and Trusted Types ------------------------------------------------------------

export async function apiMiddleware(ctx, next) {
  if (await demoAndTrustedTypes(ctx, next)) return undefined;
  if (ctx.path.startsWith('/loading/')) return loadingRoutes(ctx, next);
  if (ctx.path.startsWith('/ssr/')) return ssrMiddleware(ctx);
  if (ctx.path.startsWith('/frameworks/') && ((await frameworkApp(ctx)) || (await reactServerPage(ctx)))) return undefined;
  const match = /^\/api\/([a-z]+)\/([\w-]+)$/.exec(ctx.path);
  if (!match) return next();
  const [, route, key] = match;
  const query = ctx.query;
  if (route === 'list' && key === 'roles') {
    ctx.body = readdirSync(new URL('../data/roles/', import.meta.url)).filter((f) => f.endsWith('.json')).sort();
    return undefined;
  }
  if (route === 'index' && key === 'all') {
    ctx.set('cache-control', 'no-store');
    ctx.type = 'application/json';
    ctx.body = readFileSync(new URL('../data/index.json', import.meta.url), 'utf8');
    return undefined;
  }
  if (route === 'bundled') {
    if (!/^[a-z-]+$/.test(key)) return next();
    if (query.delay) await sleep(Number(query.delay));
    ctx.set('cache-control', 'no-store');
    ctx.type = 'application/json';
    ctx.body = readFileSync(new URL(`../data/roles/${key}.json`, import.meta.url), 'utf8');
    return undefined;
  }
  if (route === 'stats') {
    ctx.set('cache-control', 'no-store');
    ctx.body = { ...statsOf(key) };
    return undefined;
  }
  if (route === 'until') return until(ctx, key);

  const record = statsOf(key);
  record.requests++;
  const { req, res } = ctx;
  ctx.respond = false; // this middleware writes the raw response, so it can stream, stall or reset
  let finished = false;
  res.on('close', () => {
    if (!finished) record.aborted++;
  });
  const send = (status, type, body, headers = {}) => {
    if (res.destroyed) return;
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
    record.bytesSent += Buffer.byteLength(body);
    finished = true;
    record.completed++;
    res.end(body);
  };
  const sendRole = () => send(200, 'application/json', JSON.stringify({ ...role, title: query.title ?? role.title }));

  switch (route) {
    case 'role':
      if (query.delay) await sleep(Number(query.delay));
      return sendRole();
    case 'fail':
      if (record.requests <= Number(query.times ?? Infinity)) {
        const headers = query['retry-after'] ? { 'retry-after': String(query['retry-after']) } : {};
        return send(Number(query.status), 'application/json', '{"error":"on purpose"}', headers);
      }
      return sendRole();
    case 'text':
      return send(200, String(query.type), String(query.body ?? JSON.stringify(role)));
    case 'compare':
      return send(200, 'application/json', JSON.stringify({ roles: String(query.ids).split(',').map((id) => (/^[a-z-]+$/.test(id) ? readRole(id) : { id })) }));
    case 'huge': {
      const length = query.declared ? { 'content-length': String(HUGE_TOTAL + 3) } : {};
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store', ...length });
      const chunk = `"${'x'.repeat(HUGE_CHUNK - 3)}",`;
      res.write('[');
      for (let sent = 0; sent < HUGE_TOTAL && !res.destroyed; sent += HUGE_CHUNK) {
        res.write(chunk);
        record.bytesSent += HUGE_CHUNK;
        await sleep(2);
      }
      if (!res.destroyed) {
        finished = true;
        record.completed++;
        res.end('0]');
      }
      return undefined;
    }
    case 'hang':
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.write('{"id": "back-end-developer",');
      return undefined; // never ends; the client gives up
    case 'reset':
      // Headers, then a cut connection. (Cutting it before any response would be retried by the
      // browser itself on a reused connection, which would make the request count vary.)
      if (record.requests <= Number(query.times ?? Infinity)) {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000', 'cache-control': 'no-store' });
        res.write('{"id":', () => setTimeout(() => req.socket.destroy(), 20));
        return undefined;
      }
      return sendRole();
    default:
      res.writeHead(404).end();
      return undefined;
  }
}

// ---- The CDN paths of dist/ (test/fixtures/cdn.js), a middleware of its own that runs first -------------------

/** `/cdn-slow/job-widgets/v0/…` or `/cdn-slow/KEY/job-widgets/v0/…` (slowCdn of test/fixtures/cdn.js). */
const SLOW_CDN = /^\/cdn-slow\/(?:[\w-]+\/)?job-widgets\/v0\//;

/** Serves dist/ at the paths of test/fixtures/cdn.js: as it is, with the role chunks missing, or slowed. */
export async function cdnMiddleware(ctx, next) {
  const slow = SLOW_CDN.exec(ctx.url);
  if (slow) {
    if (!ctx.url.endsWith('/job-widgets.js')) await sleep(SLOW_CHUNK_MS);
    ctx.url = `/dist/${ctx.url.slice(slow[0].length)}`;
  }
  if (ctx.url.startsWith(CDN_WITHOUT_ROLES)) {
    if (ctx.url.includes('/roles/')) {
      ctx.status = 404;
      return undefined;
    }
    ctx.url = `/dist/${ctx.url.slice(CDN_WITHOUT_ROLES.length)}`;
  }
  if (ctx.url.startsWith(CDN)) ctx.url = `/dist/${ctx.url.slice(CDN.length)}`;
  return next();
}

// ---- Loading: routes of the chunk-retry, CSP, credentials and cache tests (remote.test.ts, csp-connect.test.ts,
// dist-flaky-chunks.test.ts) -----------------------------------------------------------------------------------
//   /loading/page?csp=connect       an empty page; csp=connect serves it with LOADING_CSP
//   /loading/gate/KEY?gate=G        a valid role (counted under KEY, see /api/stats/KEY), once gate G is open
//   /loading/waiting/G              { waiting } requests held at gate G
//   /loading/open/G                 opens gate G (now and for later requests)
//   /loading/flaky/SCOPE/PATTERN/job-widgets/v0/FILE
//                                   dist/FILE, except that every FILE whose name starts with PATTERN answers
//                                   503 to its first request (counted per path without the query, so a
//                                   retry from `FILE?retry=N` gets the file); PATTERN `N:NAME`: to its first N
//   /loading/flaky-stats/SCOPE      { [FILE]: requests } for SCOPE, query strings left out

/** A page whose policy lets scripts run but forbids every fetch (connect-src). */
export const LOADING_CSP = "connect-src 'none'";

/** @type {Map<string, { open: boolean, waiting: number, release: Set<() => void> }>} */
const gates = new Map();
const gateOf = (name) => {
  if (!gates.has(name)) gates.set(name, { open: false, waiting: 0, release: new Set() });
  return gates.get(name);
};
/** @type {Map<string, Map<string, number>>} requests per SCOPE, per FILE */
const flaky = new Map();

async function loadingRoutes(ctx, next) {
  const parts = ctx.path.split('/').slice(2); // after "/loading/"
  const [route, name] = parts;
  if (route === 'page') {
    ctx.set('cache-control', 'no-store');
    if (ctx.query.csp === 'connect') ctx.set('content-security-policy', LOADING_CSP);
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>page</title></head><body></body></html>';
    return undefined;
  }
  if (route === 'gate') {
    statsOf(name).requests++;
    const gate = gateOf(String(ctx.query.gate));
    if (!gate.open) {
      gate.waiting++;
      await new Promise((resolve) => gate.release.add(resolve));
    }
    ctx.set('cache-control', 'no-store');
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ ...role, title: `Gated ${name}` });
    statsOf(name).completed++;
    return undefined;
  }
  if (route === 'waiting') {
    ctx.set('cache-control', 'no-store');
    ctx.body = { waiting: gateOf(name).waiting };
    return undefined;
  }
  if (route === 'open') {
    const gate = gateOf(name);
    gate.open = true;
    for (const release of gate.release) release();
    gate.release.clear();
    ctx.set('cache-control', 'no-store');
    ctx.body = { opened: name };
    return undefined;
  }
  if (route === 'flaky-stats') {
    ctx.set('cache-control', 'no-store');
    ctx.body = Object.fromEntries(flaky.get(name) ?? []);
    return undefined;
  }
  if (route === 'flaky' && parts[3] === 'job-widgets' && parts[4] === 'v0') {
    const [, scope, rule] = parts;
    const [, times = '1', pattern] = /^(?:(\d+):)?(.*)$/.exec(rule);
    const file = parts.slice(5).join('/');
    if (!flaky.has(scope)) flaky.set(scope, new Map());
    const counts = flaky.get(scope);
    counts.set(file, (counts.get(file) ?? 0) + 1);
    if (file.split('/').at(-1).startsWith(pattern) && file !== 'job-widgets.js' && counts.get(file) <= Number(times)) {
      ctx.set('cache-control', 'no-store');
      ctx.status = 503;
      ctx.body = 'on purpose';
      return undefined;
    }
    ctx.url = `/dist/${file}${ctx.querystring ? `?${ctx.querystring}` : ''}`;
    return next();
  }
  return next();
}
// ---- end of the loading routes -----------------------------------------------------------------------------
