import { importChunk } from '../core/chunk.js';

/*
 * What both variants of the bundled-data module share: ./bundled.ts (a table of the roles, for bundlers
 * and Node) and ./bundled-url.ts (the script-tag build's, without one).
 */

/** The chunk of the bundled roles' index. */
export const indexChunk = (): Promise<{ default: unknown }> => import('../../data/index.json');
/** The index of the bundled roles (id, title, one line, headline salary), for `<job-directory>`. */
export const bundledIndex = (): Promise<unknown> => importChunk(indexChunk).then((m) => m.default);

/** The bundled roles that bring an FAQ of their own (the others get one written; test/dataset.test.ts checks this list). */
export const bundledWithFaq: ReadonlySet<string> = new Set([
  'back-end-developer',
  'business-systems-analyst',
  'devops-engineer',
  'electrical-engineer',
  'software-engineer',
  'statistician',
]);
