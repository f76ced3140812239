import { relative } from 'node:path';
import rollupJson from '@rollup/plugin-json';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { findBrowsers } from '../scripts/browsers.js';
import { apiMiddleware, cdnMiddleware } from './server.js';
import { trustedData } from '../scripts/trusted-data.js';

const { chrome, firefox } = findBrowsers();
const json = fromRollup(rollupJson);
// Bundled data as the build ships it: validated and normalised (scripts/trusted-data.js).
const trusted = fromRollup(trustedData);

/**
 * Ends the run with one plain `N passed, N failed` line (the default reporter prints it inside a
 * progress bar), after a list of every failed test with its browser, file and error: CI keeps only the
 * tail of the output, and the default reporter prints failures file by file, long before the end.
 */
function totalsReporter() {
  let sessions = [];
  const count = (suite, totals, failures, where, path = []) => {
    for (const test of suite?.tests ?? []) {
      const outcome = test.skipped ? 'skipped' : test.passed ? 'passed' : 'failed';
      totals[outcome]++;
      if (outcome === 'failed') failures.push(`${where} > ${[...path, test.name].join(' > ')}\n    ${test.error?.message ?? 'no error message'}`);
    }
    for (const child of suite?.suites ?? []) count(child, totals, failures, where, [...path, child.name]);
  };
  return {
    onTestRunFinished(args) {
      sessions = args.sessions;
    },
    stop() {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      const failures = [];
      for (const session of sessions) {
        const where = `${session.browser.name} ${relative(process.cwd(), session.testFile)}`;
        count(session.testResults, totals, failures, where);
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) {
          totals.failed++;
          failures.push(`${where}\n    ${session.errors?.map((e) => e.message).join('; ') || 'the file did not run'}`);
        }
      }
      const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
      const list = failures.length ? `\nFailed:\n${failures.map((f) => `  ${f}`).join('\n')}\n` : '';
      // Written as the process exits, after the default reporter's last file-by-file output.
      process.once('exit', () => process.stdout.write(`${list}\n${totals.passed} passed, ${totals.failed} failed${skipped}\n`));
    },
  };
}

/**
 * `executeServerCommand('dom-counters')`: in Chromium, the page's counts of documents, DOM nodes and
 * JavaScript event listeners, and its JS heap, after a garbage collection (DevTools protocol); false in
 * browsers without it.
 */
function domCountersPlugin() {
  return {
    name: 'dom-counters',
    async executeCommand({ command, session }) {
      if (command !== 'dom-counters') return undefined;
      if (!/chrom/i.test(session.browser.name)) return false; // (null or undefined would mean "not handled")
      const cdp = await session.browser.getPage(session.id).createCDPSession();
      try {
        await cdp.send('HeapProfiler.collectGarbage');
        const { documents, nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
        const { usedSize } = await cdp.send('Runtime.getHeapUsage');
        return { documents, nodes, listeners: jsEventListeners, heap: usedSize };
      } finally {
        await cdp.detach();
      }
    },
  };
}

/**
 * `executeServerCommand('screenshot', { x, y, width, height })`: that rectangle of the page as painted
 * (a base64 PNG, CSS pixels at scale 1), for tests of what is drawn where and no box model shows (ink).
 */
function screenshotPlugin() {
  return {
    name: 'screenshot',
    async executeCommand({ command, payload, session }) {
      if (command !== 'screenshot') return undefined;
      const page = session.browser.getPage(session.id);
      return page.screenshot({ clip: { ...payload, scale: 1 }, encoding: 'base64' });
    },
  };
}

export default {
  rootDir: '.',
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  middleware: [cdnMiddleware, apiMiddleware],
  // Data files are imported as modules (the build does the same with @rollup/plugin-json).
  mimeTypes: { 'data/**/*.json': 'js' },
  plugins: [domCountersPlugin(), screenshotPlugin(), trusted(), json({ include: 'data/**/*.json' }), esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'auto' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chrome,
        args: [
          '--no-sandbox',
          '--headless=new',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--lang=en-US',
        ],
      },
    }),
    puppeteerLauncher({ launchOptions: { browser: 'firefox', executablePath: firefox, headless: true } }),
  ],
  reporters: [defaultReporter(), totalsReporter()],
  concurrentBrowsers: 2,
  concurrency: 1,
  // A test that waits for a condition may take long on a loaded machine; 60 s is where one that will
  // never pass gives up (test/helpers.ts SETTLE waits within it).
  testFramework: { config: { timeout: 60_000 } },
  testsFinishTimeout: 10 * 60_000,
};
