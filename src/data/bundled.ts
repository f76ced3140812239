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
  'actuary': () => import('../../data/roles/actuary.json'),
  'ai-engineer': () => import('../../data/roles/ai-engineer.json'),
  'android-developer': () => import('../../data/roles/android-developer.json'),
  'animator': () => import('../../data/roles/animator.json'),
  'back-end-developer': () => import('../../data/roles/back-end-developer.json'),
  'blockchain-developer': () => import('../../data/roles/blockchain-developer.json'),
  'business-analyst': () => import('../../data/roles/business-analyst.json'),
  'business-intelligence-analyst': () => import('../../data/roles/business-intelligence-analyst.json'),
  'business-systems-analyst': () => import('../../data/roles/business-systems-analyst.json'),
  'cloud-architect': () => import('../../data/roles/cloud-architect.json'),
  'cloud-engineer': () => import('../../data/roles/cloud-engineer.json'),
  'computer-programmer': () => import('../../data/roles/computer-programmer.json'),
  'computer-support-specialist': () => import('../../data/roles/computer-support-specialist.json'),
  'computer-systems-analyst': () => import('../../data/roles/computer-systems-analyst.json'),
  'data-analyst': () => import('../../data/roles/data-analyst.json'),
  'data-engineer': () => import('../../data/roles/data-engineer.json'),
  'data-scientist': () => import('../../data/roles/data-scientist.json'),
  'database-administrator': () => import('../../data/roles/database-administrator.json'),
  'database-architect': () => import('../../data/roles/database-architect.json'),
  'devops-engineer': () => import('../../data/roles/devops-engineer.json'),
  'electrical-engineer': () => import('../../data/roles/electrical-engineer.json'),
  'embedded-systems-engineer': () => import('../../data/roles/embedded-systems-engineer.json'),
  'engineering-manager': () => import('../../data/roles/engineering-manager.json'),
  'front-end-developer': () => import('../../data/roles/front-end-developer.json'),
  'full-stack-developer': () => import('../../data/roles/full-stack-developer.json'),
  'game-developer': () => import('../../data/roles/game-developer.json'),
  'graphic-designer': () => import('../../data/roles/graphic-designer.json'),
  'hardware-engineer': () => import('../../data/roles/hardware-engineer.json'),
  'information-security-analyst': () => import('../../data/roles/information-security-analyst.json'),
  'ios-developer': () => import('../../data/roles/ios-developer.json'),
  'it-manager': () => import('../../data/roles/it-manager.json'),
  'machine-learning-engineer': () => import('../../data/roles/machine-learning-engineer.json'),
  'mobile-developer': () => import('../../data/roles/mobile-developer.json'),
  'network-administrator': () => import('../../data/roles/network-administrator.json'),
  'network-architect': () => import('../../data/roles/network-architect.json'),
  'operations-research-analyst': () => import('../../data/roles/operations-research-analyst.json'),
  'penetration-tester': () => import('../../data/roles/penetration-tester.json'),
  'platform-engineer': () => import('../../data/roles/platform-engineer.json'),
  'product-designer': () => import('../../data/roles/product-designer.json'),
  'product-manager': () => import('../../data/roles/product-manager.json'),
  'project-manager': () => import('../../data/roles/project-manager.json'),
  'qa-engineer': () => import('../../data/roles/qa-engineer.json'),
  'research-scientist': () => import('../../data/roles/research-scientist.json'),
  'scrum-master': () => import('../../data/roles/scrum-master.json'),
  'security-engineer': () => import('../../data/roles/security-engineer.json'),
  'site-reliability-engineer': () => import('../../data/roles/site-reliability-engineer.json'),
  'software-architect': () => import('../../data/roles/software-architect.json'),
  'software-developer': () => import('../../data/roles/software-developer.json'),
  'software-engineer': () => import('../../data/roles/software-engineer.json'),
  'solutions-architect': () => import('../../data/roles/solutions-architect.json'),
  'statistician': () => import('../../data/roles/statistician.json'),
  'technical-writer': () => import('../../data/roles/technical-writer.json'),
  'ui-designer': () => import('../../data/roles/ui-designer.json'),
  'ux-designer': () => import('../../data/roles/ux-designer.json'),
  'ux-researcher': () => import('../../data/roles/ux-researcher.json'),
  'web-designer': () => import('../../data/roles/web-designer.json'),
  'web-developer': () => import('../../data/roles/web-developer.json'),
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
