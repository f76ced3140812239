import { importChunk } from '../core/chunk.js';

/**
 * The roles bundled with the library. Each loads through its own dynamic import, so the script-tag
 * build keeps every role in a separate chunk that is fetched only when a page asks for that role.
 * (test/dataset.test.ts checks that this list and data/roles/ agree.)
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

/** Each bundled role's loader, by id (for the server renderer; the browser build uses `bundledRole`). */
export const bundledRoles: Readonly<Record<string, () => Promise<unknown>>> = /* @__PURE__ */ loadersById();

function loadersById(): Record<string, () => Promise<unknown>> {
  return Object.fromEntries(Object.keys(roleChunks).map((id) => [id, () => bundledRole(id)]));
}

/** The chunk of the bundled roles' index. */
export const indexChunk = (): Promise<{ default: unknown }> => import('../../data/index.json');
/** The index of the bundled roles (id, title, one line, headline salary), for `<job-directory>`. */
export const bundledIndex = (): Promise<unknown> => importChunk(indexChunk).then((m) => m.default);

export const bundledRoleIds = (): string[] => Object.keys(roleChunks).sort();

export function isBundledRole(id: string): boolean {
  return Object.hasOwn(roleChunks, id);
}

/** The bundled roles that bring an FAQ of their own (the others get one written; test/dataset.test.ts checks this list). */
export const bundledWithFaq: ReadonlySet<string> = new Set(['back-end-developer']);
