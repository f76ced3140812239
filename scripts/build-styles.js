#!/usr/bin/env node
/**
 * Writes dist/styles/<tag>.css: each element's shadow-root CSS as a file, for prerendered snippets on
 * pages whose Content-Security-Policy forbids inline styles (`renderElement({ stylesheets })`,
 * `job-widgets render --stylesheets URL`). Run after rollup (it reads tools/dist/ssr.js).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { ELEMENTS, elementCss } from '../tools/dist/ssr.js';

mkdirSync('dist/styles', { recursive: true });
for (const tag of ELEMENTS) writeFileSync(`dist/styles/${tag}.css`, elementCss(tag));
