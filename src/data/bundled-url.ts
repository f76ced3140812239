/**
 * The script-tag build's ./bundled.ts: scripts/role-files.js puts this module in its place in
 * dist/job-widgets.js. It holds no table of the roles, so the main module does not grow with their
 * number. Each bundled role is the file `roles/<id>-<tag>.js` beside the main module, `<tag>` being a
 * hash of all the bundled data that the build writes into `TAG` (so the role files can be cached for
 * good, like the hashed chunks); the ids are read from the role index only when they are needed (to
 * tell an unknown id from a role file that did not load, and to list them).
 */
import { importChunk, type ChunkLoader } from '../core/chunk.js';
import type { RoleIndex } from '../schema/types.js';
import type * as Table from './bundled.js';
import { indexChunk } from './bundled-common.js';

export { bundledWithFaq, indexChunk } from './bundled-common.js';

/** Eight characters, replaced by the build (scripts/role-files.js) with the tag of the role files. */
const TAG = '%ROLETAG';
/** A role id, as the schema has it (schema/role.ts RoleId): nothing else becomes part of a URL. */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** One loader per id: after a failure it remembers where to import from next (see `importChunk`). */
const loaders = new Map<string, ChunkLoader<{ default: unknown }>>();

/** The chunk of bundled role `id` if there is one; undefined for what cannot be an id. */
export const roleChunk: typeof Table.roleChunk = (id) => {
  if (!ID.test(id) || id.length > 80) return undefined;
  let load = loaders.get(id);
  if (!load) loaders.set(id, (load = () => import(/* @vite-ignore */ new URL(`./roles/${id}-${TAG}.js`, import.meta.url).href)));
  return load;
};

/** The ids of the bundled roles, sorted, from the index chunk. */
export const knownRoleIds: typeof Table.knownRoleIds = () =>
  importChunk(indexChunk).then((m) => (m.default as RoleIndex).roles.map((role) => role.id).sort());
