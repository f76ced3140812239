import type { Role, RoleIndex } from '../src/schema/role.js';

export function indexOf(roles: Role[]): RoleIndex;
export function firstSentence(text: string): string;
