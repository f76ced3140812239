#!/usr/bin/env node
/**
 * `npm run bench`: builds nothing (run `npm run build` first), serves the project, opens
 * demo/bench.html in headless Chromium (Debian's, found like the tests find it) and prints the median
 * time of each scenario and its ratio to the static-HTML baseline. Machines are noisy: compare the
 * ratios of one run, not absolute times across runs.
 *
 * Then the cold page-load comparison of scripts/bench-cold.js (static HTML, prerendered, client-rendered
 * from the bundled role and from the role's JSON URL), one table per case with the requests of its
 * first sample by wave, then a summary table. `BENCH_SAMPLES` samples each (default 9: 15 samples of
 * the 7 cases × 4 modes would take the whole run past 10 minutes); `BENCH_CASES=profile,badge` picks
 * cases (any name in scripts/prerendered-page.js CASES).
 */
import puppeteer from 'puppeteer-core';
import { COLD_CASES, printColdTables, runColdBench } from './bench-cold.js';
import { findBrowsers } from './browsers.js';
import { CASES } from './prerendered-page.js';
import { createDemoServer } from './serve.js';

const { chrome } = findBrowsers();
if (!chrome) {
  console.error('The benchmark needs Chromium: run `node scripts/browsers.js` or set CHROME_PATH.');
  process.exit(1);
}
// 9, not 15: each cold sample is a page load of about 1.4 s here, and 7 cases × 4 modes × 15 of them
// alone would take about 10 minutes. The header says so when the default is in use.
const DEFAULT_SAMPLES = 9;
const samples = Number(process.env.BENCH_SAMPLES ?? DEFAULT_SAMPLES);
if (!(Number.isInteger(samples) && samples > 0)) {
  console.error(`BENCH_SAMPLES must be a positive whole number, not ${process.env.BENCH_SAMPLES}.`);
  process.exit(1);
}
const sampleNote = process.env.BENCH_SAMPLES ? '' : 'the default, lowered from 15 to keep the run under 8 minutes; BENCH_SAMPLES=N for more';
const cases = process.env.BENCH_CASES ? process.env.BENCH_CASES.split(',').map((c) => c.trim()).filter(Boolean) : COLD_CASES;
const unknown = cases.filter((c) => !CASES.some((known) => known.name === c));
if (!cases.length || unknown.length) {
  console.error(`BENCH_CASES must be a comma list of: ${CASES.map((c) => c.name).join(', ')} (not ${unknown.join(', ') || 'empty'}).`);
  process.exit(1);
}
const server = createDemoServer().listen(0);
await new Promise((resolve) => server.once('listening', resolve));
const browser = await puppeteer.launch({
  executablePath: chrome,
  args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  await page.goto(`http://localhost:${server.address().port}/demo/bench.html`);
  await page.waitForFunction(() => globalThis.benchResults, { timeout: 120_000 });
  const results = await page.evaluate(() => globalThis.benchResults);
  const baseline = results['static HTML copy of the profile'];
  for (const [name, ms] of Object.entries(results)) {
    console.log(`${ms.toFixed(2).padStart(8)} ms  ${`${(ms / baseline).toFixed(1)}×`.padStart(6)}  ${name}`);
  }
  await page.close();
  printColdTables(await runColdBench({ browser, cases, samples }), samples, sampleNote);
} finally {
  await browser.close();
  server.close();
}
