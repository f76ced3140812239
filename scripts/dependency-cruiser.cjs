/**
 * The layers of src/, lowest first: a module imports only from its own layer or the ones below it, and
 * no import (type-only ones included) closes a cycle. `npm test` runs it: `npm run check-imports`.
 * The README's "Architecture" section says the same in words; change both together.
 */
const layers = [
  ['schema', '^src/(schema|types)/'],
  // The utilities of core/ that know nothing of labels, data or the element base.
  ['core utilities', '^src/core/(chunk|define|events|format|heading|json|json-error|locale|outcome|sheets|styles|takeover|view)[.]ts$'],
  ['data', '^src/data/'],
  ['faq', '^src/faq/'],
  ['i18n', '^src/i18n/'],
  // The element base and loading: the rest of core/.
  ['core', '^src/core/'],
  ['parts', '^src/parts/'],
  ['elements', '^src/(?!(schema|types|core|data|faq|i18n|parts|ssr|cli|images)/)[^/]+/'],
  ['entry points', '^src/([^/]+[.]ts$|ssr/|cli/|images/)'],
];

/** The files of layer `i`: its pattern, less the files an earlier (more specific) pattern took. */
const layer = (i) => ({ path: layers[i][1], pathNot: layers.slice(0, i).map(([, p]) => p) });

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'An import cycle: move what both sides share into a module below them.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    ...layers.flatMap(([name], i) =>
      layers.slice(i + 1).map(([above], k) => ({
        name: 'no-upward-import',
        comment: `${name} imports from ${above}, a layer above it: move what it needs down, or the module up.`,
        severity: 'error',
        from: layer(i),
        to: layer(i + 1 + k),
      })),
    ),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
