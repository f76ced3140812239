import rollupJson from '@rollup/plugin-json';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { findBrowsers } from '../scripts/browsers.js';

const { chrome, firefox } = findBrowsers();
const json = fromRollup(rollupJson);

/** Serves the built dist/ folder under a deep path too, as a CDN would: chunks must resolve from there. */
const CDN_PREFIX = '/cdn/job-widgets/v0/';
const cdnAlias = (ctx, next) => {
  if (ctx.url.startsWith(CDN_PREFIX)) ctx.url = `/dist/${ctx.url.slice(CDN_PREFIX.length)}`;
  return next();
};

export default {
  rootDir: '.',
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  middleware: [cdnAlias],
  // Bundled role files are imported as modules (the build does the same with @rollup/plugin-json).
  mimeTypes: { 'data/roles/*.json': 'js' },
  plugins: [json({ include: 'data/roles/*.json' }), esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'auto' })],
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
  concurrentBrowsers: 2,
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
};
