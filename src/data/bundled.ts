/**
 * The roles bundled with the library. Each loads through its own dynamic import, so the script-tag
 * build keeps every role in a separate chunk that is fetched only when a page asks for that role.
 */
export const bundledRoles: Readonly<Record<string, () => Promise<unknown>>> = {
  'back-end-developer': () => import('../../data/roles/back-end-developer.json').then((m) => m.default),
};

export const bundledRoleIds = (): string[] => Object.keys(bundledRoles).sort();

export function isBundledRole(id: string): boolean {
  return Object.prototype.hasOwnProperty.call(bundledRoles, id);
}
