#!/usr/bin/env node
/**
 * Writes the demo pages, finished (the shared head and navigation around each page file of demo/, see
 * scripts/demo-pages.js), to dist/demo/: a step of `npm run build`, before build-builder.js. The demo
 * server and the test server serve /demo/NAME.html from there; the rest of demo/ is served as it is.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { demoPage, demoPageFiles } from './demo-pages.js';

const out = fileURLToPath(new URL('../dist/demo/', import.meta.url));
mkdirSync(out, { recursive: true });
const pages = demoPageFiles();
for (const { file } of pages) writeFileSync(`${out}${file}`, demoPage(file));
console.log(`dist/demo/: ${pages.length} demo pages`);
