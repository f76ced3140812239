#!/usr/bin/env node
/**
 * `npm run bench`: builds nothing (run `npm run build` first), serves the project, opens
 * demo/bench.html in headless Chromium (Debian's, found like the tests find it) and prints the median
 * time of each scenario and its ratio to the static-HTML baseline. Machines are noisy: compare the
 * ratios of one run, not absolute times across runs.
 *
 * Then the cold page-load comparison of scripts/bench-cold.js (static HTML, prerendered, client-rendered;
 * `BENCH_SAMPLES` samples each, default 15), one table per case.
 */
import puppeteer from 'puppeteer-core';
import { printColdTables, runColdBench } from './bench-cold.js';
import { findBrowsers } from './browsers.js';
import { createDemoServer } from './serve.js';

const { chrome } = findBrowsers();
if (!chrome) {
  console.error('The benchmark needs Chromium: run `node scripts/browsers.js` or set CHROME_PATH.');
  process.exit(1);
}
const samples = Number(process.env.BENCH_SAMPLES ?? 15);
if (!(Number.isInteger(samples) && samples > 0)) {
  console.error(`BENCH_SAMPLES must be a positive whole number, not ${process.env.BENCH_SAMPLES}.`);
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
  printColdTables(await runColdBench({ browser, samples }), samples);
} finally {
  await browser.close();
  server.close();
}
