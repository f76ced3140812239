/**
 * Cold page loads of one card on a blogger's page, four ways (scripts/prerendered-page.js modes):
 * `static` (plain HTML, no script: the floor), `prerendered` (Declarative Shadow DOM + the script),
 * `client` (the bare tag with `job="…"`, rendered by the script from the bundled role) and `src` (the
 * bare tag with `src="/roles-json/ROLE.json"`, rendered by the script from the host's JSON). Every
 * sample is a fresh incognito context on an emulated slow network, served gzip-compressed like a real
 * host. Besides paint, CLS and bytes, each sample records its requests (CDP Network events) and counts
 * the sequential waves of them after the main module: how many round trips the card waits for once
 * dist/job-widgets.js has arrived. Used by scripts/bench.js.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { prerenderedPage } from './prerendered-page.js';

export const COLD_CASES = ['profile', 'badge', 'skill-list', 'job-faq', 'job-faq-generated', 'job-card', 'job-directory'];
export const COLD_MODES = ['static', 'prerendered', 'client', 'src'];
/** The modes whose element has no prerendered markup: its card is on screen once it is `ready`. */
const CLIENT_RENDERED = ['client', 'src'];
/** Where mode `src` finds data/roles/ROLE.json: a URL of the host's own, not the package's layout. */
const ROLES_JSON = '/roles-json/';
/** The script tag's module: the waves are counted after it. */
const MAIN = '/dist/job-widgets.js';
/** Network.emulateNetworkConditions: 150 ms latency, 1.6 Mbit/s each way. */
export const NETWORK = { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 200_000 };

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const served = ['demo', 'dist', 'data'];
const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml' };

/**
 * Serves /page?mode=…&only=… from `page({ mode, only })`, the project's demo/, dist/ and data/, and
 * data/roles/ again under /roles-json/, all gzipped and kept in memory: generating and compressing is
 * not what we measure.
 */
export function createColdServer(page = ({ mode, only }) => prerenderedPage({ mode, only, srcBase: ROLES_JSON })) {
  const cache = new Map();
  const gzipped = (key, make) => {
    if (!cache.has(key)) cache.set(key, Promise.resolve().then(make).then((body) => gzipSync(body)));
    return cache.get(key);
  };
  return createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname.startsWith(ROLES_JSON) ? `/data/roles/${url.pathname.slice(ROLES_JSON.length)}` : url.pathname;
    const file = normalize(join(root, decodeURIComponent(path)));
    const isPage = url.pathname === '/page';
    if (!isPage && !(file.startsWith(root) && served.includes(file.slice(root.length + 1).split(/[\\/]/)[0]))) {
      res.writeHead(404).end();
      return;
    }
    try {
      const params = Object.fromEntries(url.searchParams);
      const body = await gzipped(isPage ? url.search : file, () => (isPage ? page(params) : readFile(file)));
      const type = `${isPage ? types['.html'] : (types[extname(file)] ?? 'application/octet-stream')}; charset=utf-8`;
      res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', 'content-length': body.length }).end(body);
    } catch {
      cache.delete(isPage ? url.search : file);
      res.writeHead(404).end();
    }
  });
}

/* global document, requestAnimationFrame -- observe() runs in the page, not in Node */
/** Runs in the page before anything else; results land in globalThis.__cold. */
function observe(name, mode, clientRendered) {
  const r = (globalThis.__cold = { cls: 0, frame: undefined, fcp: undefined, ready: undefined });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) r.cls += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntriesByName('first-contentful-paint')) r.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  // The card is the first element of its section that is not a paragraph (inline cases sit inside one).
  const card = () => document.querySelector(`[data-case="${name}"]`)?.querySelector(':not(p)');
  const shown = (el) => {
    if (mode === 'static') return Boolean(el);
    // A streamed declarative shadow root gets its <style> first: that is not content on screen yet.
    const content = [...(el?.shadowRoot?.children ?? [])].some((c) => c.localName !== 'style');
    return content && (!clientRendered || el.getAttribute('state') === 'ready');
  };
  const tick = (time) => {
    if (shown(card())) r.frame = time;
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  document.addEventListener('job-load', (e) => {
    if (r.ready === undefined && e.composedPath()[0] === card()) r.ready = performance.now();
  }, true);
  document.addEventListener('job-error', (e) => {
    if (e.composedPath()[0] === card()) r.error = e.detail.error.message;
  }, true);
}

/**
 * A request's short name for the wave lists: the page, else its path without the leading /dist/ and
 * without rollup's content hash or the role files' tag (roles/back-end-developer-vkoRuRAh.js → roles/back-end-developer.js).
 */
function shortName(url) {
  const { pathname } = new URL(url);
  if (pathname === '/page') return 'page';
  return pathname.replace(/^\/(dist\/)?/, '').replace(/^((?:chunks|roles)\/.+)-[\w-]{8}\.js$/, '$1.js');
}

/**
 * Numbers each request by the round trip it had to wait for. The page is wave 0; every other request
 * is 1 + the highest wave among the requests that had finished when it was sent (0 if none had: what
 * the HTML names is wave 1 even when asked for while the HTML still streams). A module imported by the
 * main module is therefore wave 2, a chunk that a wave-2 chunk imports wave 3, and so on. Returns the
 * requests in the order sent, each with its `wave`.
 */
export function assignWaves(requests) {
  const sent = [...requests].sort((a, b) => a.sent - b.sent);
  sent.forEach((r, i) => {
    // Whatever finished before r was sent was also sent before it, so it already has its wave.
    const waited = sent.slice(0, i).filter((q) => q.finished !== undefined && q.finished < r.sent);
    r.wave = i === 0 ? 0 : 1 + Math.max(0, ...waited.map((q) => q.wave));
  });
  return sent;
}

/**
 * The requests grouped by wave, one line: "page @312 → demo/demo.css + job-widgets.js @571 → …", where
 * @ms is when the wave's last request finished, from the page's request. Two files of one name (the
 * Spanish labels and the Spanish FAQ wording are both chunks/es.js) say which file asked for them.
 */
function waveChain(requests) {
  const start = requests[0]?.sent ?? 0;
  const names = new Map(requests.map((r) => [r, shortName(r.url)]));
  const clash = (r) => requests.some((q) => q !== r && q.url !== r.url && names.get(q) === names.get(r));
  const named = (r) => (clash(r) && r.initiator ? `${names.get(r)} (from ${shortName(r.initiator)})` : names.get(r));
  const waves = [];
  for (const r of requests) (waves[r.wave] ??= []).push(r);
  return waves
    .filter(Boolean)
    .map((wave) => {
      const end = Math.max(...wave.map((r) => r.finished ?? NaN));
      return `${wave.map(named).join(' + ')} @${Number.isNaN(end) ? '?' : ((end - start) * 1000).toFixed(0)}`;
    })
    .join(' → ');
}

/** The URL of the file whose script or markup asked for a request, if CDP says. */
const initiatorUrl = (initiator) => initiator?.url ?? initiator?.stack?.callFrames?.[0]?.url ?? initiator?.stack?.parent?.callFrames?.[0]?.url;

async function sample(browser, origin, name, mode) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    const cdp = await page.createCDPSession();
    // Every request by id, with CDP's timestamps (seconds, one monotonic clock for all three events).
    // Chromium asks for /favicon.ico only sometimes (after load): the host's icon is not the card's cost.
    const requests = new Map();
    cdp.on('Network.requestWillBeSent', (e) => {
      if (new URL(e.request.url).pathname === '/favicon.ico' || requests.has(e.requestId)) return; // (a redirect keeps its id)
      requests.set(e.requestId, { url: e.request.url, initiator: initiatorUrl(e.initiator), sent: e.timestamp, bytes: 0 });
    });
    cdp.on('Network.responseReceived', (e) => {
      const r = requests.get(e.requestId);
      if (r) r.received = e.timestamp;
    });
    cdp.on('Network.loadingFinished', (e) => {
      const r = requests.get(e.requestId);
      if (r) Object.assign(r, { finished: e.timestamp, bytes: e.encodedDataLength });
    });
    // A failed request also ends its wait (and a card that needed it fires job-error, which stops the run).
    cdp.on('Network.loadingFailed', (e) => {
      const r = requests.get(e.requestId);
      if (r) Object.assign(r, { finished: e.timestamp, failed: true });
    });
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', NETWORK);
    await page.evaluateOnNewDocument(observe, name, mode, CLIENT_RENDERED.includes(mode));
    await page.goto(`${origin}/page?mode=${mode}&only=${encodeURIComponent(name)}`, { waitUntil: 'load', timeout: 60_000 });
    if (mode !== 'static') await page.waitForFunction(() => globalThis.__cold.ready ?? globalThis.__cold.error, { timeout: 60_000 });
    await new Promise((done) => setTimeout(done, 500));
    const r = await page.evaluate(() => globalThis.__cold);
    if (r.error) throw new Error(`${name} (${mode}) fired job-error: ${r.error}`);
    const sent = assignWaves([...requests.values()]);
    const main = sent.find((q) => new URL(q.url).pathname === MAIN);
    return {
      paint: r.frame === undefined ? NaN : Math.max(r.frame, r.fcp ?? 0),
      frame: r.frame,
      fcp: r.fcp,
      cls: r.cls,
      ready: r.ready,
      bytes: sent.reduce((sum, q) => sum + q.bytes, 0),
      // The page without the script has no main module, so no waves after it.
      waves: main ? Math.max(...sent.map((q) => q.wave)) - main.wave : NaN,
      chain: waveChain(sent),
      requests: sent,
    };
  } finally {
    await context.close();
  }
}

const median = (xs) => {
  const s = xs.filter((x) => x !== undefined && !Number.isNaN(x)).sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2 : NaN;
};

/**
 * Measures every case in every mode, `samples` rounds; each round runs the modes in a rotated order so
 * that noise hits them alike. Returns `{ [case]: { [mode]: { paint, frame, cls, clsMax, ready, bytes,
 * waves, chain, raw } } }` (medians; times in ms since navigation start; `frame` is the rAF time before
 * the clamp to first paint; `waves` the sequential waves of requests after the main module; `chain`
 * the first sample's requests by wave). `page` builds a case's HTML, see createColdServer.
 */
export async function runColdBench({ browser, cases = COLD_CASES, modes = COLD_MODES, samples = 15, page } = {}) {
  const server = createColdServer(page).listen(0);
  await new Promise((done) => server.once('listening', done));
  const origin = `http://localhost:${server.address().port}`;
  try {
    const raw = Object.fromEntries(cases.map((c) => [c, Object.fromEntries(modes.map((m) => [m, []]))]));
    // Warm the server's cache (and check every page renders) before anything is timed.
    for (const c of cases) for (const m of modes) {
      const res = await fetch(`${origin}/page?mode=${m}&only=${encodeURIComponent(c)}`);
      if (!res.ok) throw new Error(`No page for case ${c} (${m}): ${res.status}`);
    }
    // One untimed load first: the browser's first context pays for starting processes, which would
    // make the first sample (the one whose waves are printed) unlike the others.
    await sample(browser, origin, cases[0], modes.at(-1));
    for (let round = 0; round < samples; round++) {
      for (const c of cases) {
        for (let i = 0; i < modes.length; i++) {
          const m = modes[(i + round) % modes.length];
          raw[c][m].push(await sample(browser, origin, c, m));
        }
      }
    }
    const summary = (runs) => ({
      paint: median(runs.map((s) => s.paint)),
      frame: median(runs.map((s) => s.frame)),
      cls: median(runs.map((s) => s.cls)),
      clsMax: Math.max(...runs.map((s) => s.cls)),
      ready: median(runs.map((s) => s.ready)),
      bytes: Math.round(median(runs.map((s) => s.bytes))),
      waves: median(runs.map((s) => s.waves)),
      chain: runs[0].chain,
      raw: runs,
    });
    return Object.fromEntries(cases.map((c) => [c, Object.fromEntries(modes.map((m) => [m, summary(raw[c][m])]))]));
  } finally {
    server.close();
  }
}

const ms = (x) => (Number.isNaN(x) ? '–' : x.toFixed(0));
const kb = (bytes) => (bytes / 1024).toFixed(1);
/** Table cells: the first `left` columns padded on the right, the rest right-aligned in `width`. */
const tableRow = (cells, widths, left = 1) => cells.map((c, i) => (i < left ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('');

/**
 * One table per case (ratios are to the case's static paint) with the first sample's requests by wave
 * under it, then one summary row per case and mode. `note` goes into the header (why the sample count).
 */
export function printColdTables(results, samples, note = '') {
  console.log(
    `\nCold load, one card per page: ${NETWORK.latency} ms latency, ${(NETWORK.downloadThroughput * 8) / 1e6} Mbit/s, ` +
      `gzip, fresh incognito context, ${samples} samples${note ? ` (${note})` : ''}, medians. Compare the ratios; absolute times vary by machine. ` +
      `"waves" counts the sequential round trips of requests after ${MAIN.slice(1)} (see assignWaves).`,
  );
  const widths = [12, 14, 14, 14, 14, 14, 8];
  for (const [name, modes] of Object.entries(results)) {
    console.log(`\n${name}`);
    console.log(tableRow(['mode', 'card paint ms', '× static', 'CLS (max)', 'ready ms', 'bytes', 'waves'], widths));
    for (const [mode, r] of Object.entries(modes)) {
      const ratio = modes.static ? `${(r.paint / modes.static.paint).toFixed(2)}×` : '–';
      console.log(tableRow([mode, ms(r.paint), ratio, `${r.cls.toFixed(3)} (${r.clsMax.toFixed(3)})`, ms(r.ready), r.bytes, ms(r.waves)], widths));
    }
    console.log('  requests by wave, first sample (@ms: when the wave had finished, from the page request):');
    for (const [mode, r] of Object.entries(modes)) console.log(`  ${mode.padEnd(12)} ${r.chain}`);
  }

  console.log(`\nSummary: KB as sent (gzip, with headers), waves after ${MAIN.slice(1)}, medians; static = the same card as plain HTML.`);
  const sums = [20, 12, 8, 7, 10, 10, 7, 11, 14];
  console.log(tableRow(['case', 'mode', 'KB', 'waves', 'paint ms', 'ready ms', 'CLS', 'static KB', 'static paint'], sums, 2));
  for (const [name, modes] of Object.entries(results)) {
    for (const [mode, r] of Object.entries(modes)) {
      const base = modes.static;
      console.log(
        tableRow([name, mode, kb(r.bytes), ms(r.waves), ms(r.paint), ms(r.ready), r.cls.toFixed(3), base ? kb(base.bytes) : '–', base ? ms(base.paint) : '–'], sums, 2),
      );
    }
  }
}
