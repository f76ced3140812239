import json from '@rollup/plugin-json';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { roleFiles } from './scripts/role-files.js';
import { trustedData } from './scripts/trusted-data.js';

/**
 * Lit's template minifier (html-minifier and lightningcss on every html`…` and css`…`): measured
 * against the hand-written regular expressions it replaced, the main module is 42 bytes (gzip) smaller
 * and the other chunks 51 bytes. Applied to the server and CLI builds too, so server and browser
 * render the same templates.
 */
const minifyTemplates = () => minifyHTML({ include: ['src/**'] });

const jsonData = () => json({ compact: true, preferConst: true, namedExports: false });
const onwarn = (warning, warn) => {
  // A broken import is a build error, not a warning to scroll past.
  if (warning.code === 'UNRESOLVED_IMPORT' || warning.code === 'MISSING_EXPORT') throw new Error(warning.message);
  if (warning.code === 'INVALID_ANNOTATION') return; // zod's comments, harmless
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every((id) => id.includes('/node_modules/'))) return;
  warn(warning);
};

/** What the library build (dist/lib) imports rather than bundles: all but zod (see below). */
const BROWSER_EXTERNAL = [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, /^node:/, 'satori', 'badge-maker', '@resvg/resvg-js'];
/** What the Node builds import rather than bundle: their packages' dependencies (tools/package.json). */
const NODE_EXTERNAL = [
  /^lit(\/|$)/,
  /^@lit\//,
  /^@lit-labs\//,
  /^zod(\/|$)/,
  /^node:/,
  'satori',
  'badge-maker',
  '@resvg/resvg-js',
  /^csv-parse(\/|$)/, // data refresh (maintainers), imported only when it reads a .csv
  /^read-excel-file(\/|$)/, // …or an .xlsx workbook
];

export default [
  // The script-tag build: one module that registers every element. Lit, @lit/context and zod are
  // bundled in; each role's data becomes its own file, roles/<id>-<tag>.js, whose URL the module
  // computes from the id at run time (scripts/role-files.js): it holds no table of the roles.
  {
    input: { 'job-widgets': 'src/job-widgets.ts' },
    // Let code shared with the lazy chunks stay in job-widgets.js (exported under short internal names)
    // instead of moving to a chunk of its own that every page would fetch as a second request.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js', // (the roles' names are set by roleFiles())
      sourcemap: true,
    },
    plugins: [
      roleFiles(), // first: it resolves src/data/bundled.ts to src/data/bundled-url.ts
      resolve(),
      trustedData(), // bundled data validated and normalised here, so the browser trusts it
      jsonData(),
      typescript({ tsconfig: './tsconfig.json', include: ['src/**/*.ts'], declaration: false, outDir: 'dist', sourceMap: true }),
      minifyTemplates(), // after TypeScript, whose output replaces the source
      terser({ ecma: 2022, module: true, compress: { passes: 2, keep_fargs: false }, format: { comments: false } }),
    ],
    onwarn,
  },
  // Library modules with .d.ts for people who bundle the elements themselves. Lit and @lit/context
  // stay imports (one Lit per page); zod/mini is bundled into dist/lib/vendor/zod (the modules our
  // schemas use, 74 KB unminified): installed, zod weighs 8 MB, which a browser-only install should not
  // carry for a few kilobytes of validator. Its types are an optional peer dependency (see
  // src/schema/types.ts). `index.js` registers nothing, `define.js` registers everything. (ssr/ and images/ are for
  // this repository's demo server, build and tests; package.json's `files` leaves them out: the
  // published renderer is job-widgets-tools, built below.)
  {
    // (job-widgets.ts too, for the types of the script-tag entry, `job-widgets/job-widgets.js`; elements.ts
    // whole, for the scripts, the test server and the bench, which read the list of elements from here.)
    input: ['src/index.ts', 'src/define.ts', 'src/job-widgets.ts', 'src/schema/index.ts', 'src/ssr/index.ts', 'src/images/index.ts', 'src/elements.ts'],
    output: {
      dir: 'dist/lib',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      // TypeScript's decorator helper (tslib) is bundled, not a runtime dependency.
      entryFileNames: (chunk) => `${chunk.name.replace(/^.*node_modules\//, 'vendor/')}.js`,
      sourcemap: true,
    },
    external: BROWSER_EXTERNAL,
    plugins: [
      resolve(),
      trustedData(),
      jsonData(),
      typescript({
        tsconfig: './tsconfig.json',
        outDir: 'dist/lib',
        rootDir: 'src',
        exclude: ['test/**'],
        declaration: true,
        declarationDir: 'dist/lib',
        sourceMap: true,
      }),
      minifyTemplates(), // the templates of the script-tag build, so server and browser render alike
    ],
    onwarn,
  },
  // The Node tools, package job-widgets-tools (tools/, see tools/package.json): the `job-widgets-tools`
  // command (validate, render) and `job-widgets-tools/ssr`, with their own copy of the server renderer.
  // Lit stays an import, resolved next to @lit-labs/ssr: one Lit renders, the one the server renderer knows.
  {
    // (`images`: the image code, for the build's own images and their tests; not exported.)
    input: { cli: 'src/cli/bin.ts', ssr: 'src/ssr/index.ts', images: 'src/images/index.ts' },
    output: {
      dir: 'tools/dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'node/[name]-[hash].js',
      banner: (chunk) => (chunk.name === 'cli' ? '#!/usr/bin/env node' : ''),
    },
    external: NODE_EXTERNAL,
    plugins: [
      trustedData(),
      jsonData(),
      typescript({ tsconfig: './tsconfig.json', include: ['src/**/*.ts'], declaration: false, outDir: 'tools/dist', sourceMap: false }),
      minifyTemplates(), // the same templates as the browser build, so the prerendered and live cards agree
    ],
    onwarn,
  },
  // The browser package's `job-widgets` command: validate only (zod bundled in); `render` names
  // job-widgets-tools. One file, without the renderer.
  {
    input: { cli: 'src/cli/bin-validate.ts' },
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', banner: '#!/usr/bin/env node' },
    external: [/^node:/],
    plugins: [
      resolve(),
      trustedData(),
      jsonData(),
      typescript({ tsconfig: './tsconfig.json', include: ['src/**/*.ts'], declaration: false, outDir: 'dist', sourceMap: false }),
    ],
    onwarn,
  },
];
