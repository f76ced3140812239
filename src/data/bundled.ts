import { importChunk, type ChunkLoader } from '../core/chunk.js';

export { bundledIndex, bundledWithFaq, indexChunk } from './bundled-common.js';

/**
 * The roles bundled with the library. Each loads through its own dynamic import, so a bundler keeps
 * every role in a separate chunk that is fetched only when a page asks for that role. (test/dataset.test.ts
 * checks that this list and data/roles/ agree.) The script-tag build has no such table: there,
 * scripts/role-files.js puts ./bundled-url.ts in this module's place, so that dist/job-widgets.js does
 * not grow with the number of roles.
 */
export const roleChunks: Readonly<Record<string, () => Promise<{ default: unknown }>>> = {
  'back-end-developer': () => import('../../data/roles/back-end-developer.json'),
  'computer-support-specialist': () => import('../../data/roles/computer-support-specialist.json'),
  'computer-systems-analyst': () => import('../../data/roles/computer-systems-analyst.json'),
  'data-scientist': () => import('../../data/roles/data-scientist.json'),
  'database-administrator': () => import('../../data/roles/database-administrator.json'),
  'front-end-developer': () => import('../../data/roles/front-end-developer.json'),
  'full-stack-developer': () => import('../../data/roles/full-stack-developer.json'),
  'information-security-analyst': () => import('../../data/roles/information-security-analyst.json'),
  'network-administrator': () => import('../../data/roles/network-administrator.json'),
  'network-architect': () => import('../../data/roles/network-architect.json'),
  'qa-engineer': () => import('../../data/roles/qa-engineer.json'),
  'software-developer': () => import('../../data/roles/software-developer.json'),
};

/** Loads a bundled role's data, by id (its chunk again after a failure, see `importChunk`). */
export const bundledRole = (id: string): Promise<unknown> => importChunk(roleChunks[id]!).then((m) => m.default);

/** Each bundled role's loader, by id (for the server renderer; the elements load through `roleChunk`). */
export const bundledRoles: Readonly<Record<string, () => Promise<unknown>>> = /* @__PURE__ */ loadersById();

function loadersById(): Record<string, () => Promise<unknown>> {
  return Object.fromEntries(Object.keys(roleChunks).map((id) => [id, () => bundledRole(id)]));
}

export const bundledRoleIds = (): string[] => Object.keys(roleChunks).sort();

export function isBundledRole(id: string): boolean {
  return Object.hasOwn(roleChunks, id);
}

/** The chunk of bundled role `id`, or undefined when no bundled role has that id. */
export const roleChunk = (id: string): ChunkLoader<{ default: unknown }> | undefined => (isBundledRole(id) ? roleChunks[id] : undefined);

/** The ids of the bundled roles, sorted (a promise: the script-tag build reads them from the index chunk). */
export const knownRoleIds = (): Promise<string[]> => Promise.resolve(bundledRoleIds());
