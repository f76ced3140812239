#!/usr/bin/env node
/**
 * Completes tools/dist, the package job-widgets-tools (rollup wrote its code): the types of
 * `job-widgets-tools/ssr` (the library's declarations, copied) and the prebuilt images of dist/images.
 * Checks that tools/package.json has the version of job-widgets and depends on exactly that version
 * (the snippets it renders are taken over by that version's script). Run by `npm run build`, last.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const json = (path) => JSON.parse(readFileSync(path, 'utf8'));
const { version } = json('package.json');
const tools = json('tools/package.json');
if (tools.version !== version || tools.dependencies['job-widgets'] !== version) {
  throw new Error(`tools/package.json: version and its "job-widgets" dependency must both be ${version}, the version of job-widgets`);
}
cpSync('dist/lib', 'tools/dist/types', { recursive: true, filter: (path) => !/\.(js|map)$/.test(path) });
// The server renderer and the image code are the tools' (they import @lit-labs/ssr, satori, resvg,
// badge-maker): tools/dist has them, and dist/ (the browser package) keeps no copy that could not load.
for (const folder of ['dist/lib/ssr', 'dist/lib/images']) rmSync(folder, { recursive: true, force: true });
writeFileSync('tools/dist/ssr.d.ts', "export * from './types/ssr/index.js';\n");
cpSync('dist/images', 'tools/dist/images', { recursive: true });
console.log('tools/dist: types and images copied');
