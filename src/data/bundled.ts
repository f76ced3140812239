/**
 * The roles bundled with the library. Each loads through its own dynamic import, so the script-tag
 * build keeps every role in a separate chunk that is fetched only when a page asks for that role.
 * (test/dataset.test.ts checks that this list and data/roles/ agree.)
 */
export const bundledRoles: Readonly<Record<string, () => Promise<unknown>>> = {
  'back-end-developer': () => import('../../data/roles/back-end-developer.json').then((m) => m.default),
  'computer-support-specialist': () => import('../../data/roles/computer-support-specialist.json').then((m) => m.default),
  'computer-systems-analyst': () => import('../../data/roles/computer-systems-analyst.json').then((m) => m.default),
  'data-scientist': () => import('../../data/roles/data-scientist.json').then((m) => m.default),
  'database-administrator': () => import('../../data/roles/database-administrator.json').then((m) => m.default),
  'front-end-developer': () => import('../../data/roles/front-end-developer.json').then((m) => m.default),
  'full-stack-developer': () => import('../../data/roles/full-stack-developer.json').then((m) => m.default),
  'information-security-analyst': () => import('../../data/roles/information-security-analyst.json').then((m) => m.default),
  'network-administrator': () => import('../../data/roles/network-administrator.json').then((m) => m.default),
  'network-architect': () => import('../../data/roles/network-architect.json').then((m) => m.default),
  'qa-engineer': () => import('../../data/roles/qa-engineer.json').then((m) => m.default),
  'software-developer': () => import('../../data/roles/software-developer.json').then((m) => m.default),
};

/** The index of the bundled roles (id, title, one line, headline salary), for `<job-directory>`. */
export const bundledIndex = (): Promise<unknown> => import('../../data/index.json').then((m) => m.default);

export const bundledRoleIds = (): string[] => Object.keys(bundledRoles).sort();

export function isBundledRole(id: string): boolean {
  return Object.prototype.hasOwnProperty.call(bundledRoles, id);
}

/** The bundled roles that bring an FAQ of their own (the others get one written; test/dataset.test.ts checks this list). */
export const bundledWithFaq: ReadonlySet<string> = new Set(['back-end-developer']);
