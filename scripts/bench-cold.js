/**
 * Cold page loads of one card on a blogger's page, three ways (scripts/prerendered-page.js modes):
 * `static` (plain HTML, no script: the floor), `prerendered` (Declarative Shadow DOM + the script) and
 * `client` (the bare tag, rendered by the script). Every sample is a fresh incognito context on an
 * emulated slow network, served gzip-compressed like a real host. Used by scripts/bench.js.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { prerenderedPage } from './prerendered-page.js';

export const COLD_CASES = ['profile', 'badge', 'skill-list', 'job-faq', 'job-card'];
export const COLD_MODES = ['static', 'prerendered', 'client'];
/** Network.emulateNetworkConditions: 150 ms latency, 1.6 Mbit/s each way. */
export const NETWORK = { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 200_000 };

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const served = ['demo', 'dist', 'data'];
const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml' };

/**
 * Serves /page?mode=…&only=… from `page({ mode, only })` and the project's demo/, dist/ and data/,
 * all gzipped and kept in memory: generating and compressing is not what we measure.
 */
export function createColdServer(page = ({ mode, only }) => prerenderedPage({ mode, only })) {
  const cache = new Map();
  const gzipped = (key, make) => {
    if (!cache.has(key)) cache.set(key, Promise.resolve().then(make).then((body) => gzipSync(body)));
    return cache.get(key);
  };
  return createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const file = normalize(join(root, decodeURIComponent(url.pathname)));
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
function observe(name, mode) {
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
    return content && (mode !== 'client' || el.getAttribute('state') === 'ready');
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

async function sample(browser, origin, name, mode) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    const cdp = await page.createCDPSession();
    // Chromium asks for /favicon.ico only sometimes (after load): the host's icon is not the card's cost.
    const favicons = new Set();
    let bytes = 0;
    cdp.on('Network.requestWillBeSent', (e) => new URL(e.request.url).pathname === '/favicon.ico' && favicons.add(e.requestId));
    cdp.on('Network.loadingFinished', (e) => (bytes += favicons.has(e.requestId) ? 0 : e.encodedDataLength));
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', NETWORK);
    await page.evaluateOnNewDocument(observe, name, mode);
    await page.goto(`${origin}/page?mode=${mode}&only=${encodeURIComponent(name)}`, { waitUntil: 'load', timeout: 60_000 });
    if (mode !== 'static') await page.waitForFunction(() => globalThis.__cold.ready ?? globalThis.__cold.error, { timeout: 60_000 });
    await new Promise((done) => setTimeout(done, 500));
    const r = await page.evaluate(() => globalThis.__cold);
    if (r.error) throw new Error(`${name} (${mode}) fired job-error: ${r.error}`);
    return { paint: r.frame === undefined ? NaN : Math.max(r.frame, r.fcp ?? 0), frame: r.frame, fcp: r.fcp, cls: r.cls, ready: r.ready, bytes };
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
 * that noise hits them alike. Returns `{ [case]: { [mode]: { paint, frame, cls, clsMax, ready, bytes, raw } } }`
 * (medians; times in ms since navigation start; `frame` is the rAF time before the clamp to first
 * paint). `page` builds a case's HTML, see createColdServer.
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
      raw: runs,
    });
    return Object.fromEntries(cases.map((c) => [c, Object.fromEntries(modes.map((m) => [m, summary(raw[c][m])]))]));
  } finally {
    server.close();
  }
}

/** One table per case; ratios are to the case's static paint. */
export function printColdTables(results, samples) {
  console.log(
    `\nCold load, one card per page: ${NETWORK.latency} ms latency, ${(NETWORK.downloadThroughput * 8) / 1e6} Mbit/s, ` +
      `gzip, fresh incognito context, ${samples} samples, medians. Compare the ratios; absolute times vary by machine.`,
  );
  const row = (cells) => cells.map((c, i) => (i ? String(c).padStart(14) : String(c).padEnd(12))).join('');
  const ms = (x) => (Number.isNaN(x) ? '–' : x.toFixed(0));
  for (const [name, modes] of Object.entries(results)) {
    console.log(`\n${name}`);
    console.log(row(['mode', 'card paint ms', '× static', 'CLS (max)', 'ready ms', 'bytes']));
    for (const [mode, r] of Object.entries(modes)) {
      const ratio = modes.static ? `${(r.paint / modes.static.paint).toFixed(2)}×` : '–';
      console.log(row([mode, ms(r.paint), ratio, `${r.cls.toFixed(3)} (${r.clsMax.toFixed(3)})`, ms(r.ready), r.bytes]));
    }
  }
}
