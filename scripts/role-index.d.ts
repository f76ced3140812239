import type { Role, RoleIndex } from '../src/schema/role.js';

/** The vocabulary of data/skills.json: each skill's name and the other words it is searched by. */
export type SkillVocabulary = { skills: { name: string; searchTerms?: string[] }[] };

export function indexOf(roles: Role[], vocabulary?: SkillVocabulary): RoleIndex;
export function firstSentence(text: string): string;
