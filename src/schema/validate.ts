/**
 * Validation of untrusted documents, with readable errors (issues.ts). Its declarations name no zod
 * type, so `parseRole` can be typed by users who have no zod installed.
 */
import * as z from 'zod/mini';
import { formatIssues } from './issues.js';
import { RoleComparisonSchema, RoleIndexSchema, RoleSchema } from './role.js';
import type { ParseResult, Role, RoleComparison, RoleIndex } from './types.js';

export type { ParseResult, ValidationIssue } from './types.js';

function parseWith<T>(schema: z.ZodMiniType<T>, input: unknown): ParseResult<T> {
  const result = z.safeParse(schema, input, { reportInput: true });
  return result.success ? { ok: true, data: result.data } : { ok: false, issues: formatIssues(result.error.issues) };
}

/** Validates an untrusted role document. Never throws. */
export const parseRole = (input: unknown): ParseResult<Role> => parseWith(RoleSchema, input);

/** Validates an untrusted role index (`<job-directory src>`). Never throws. */
export const parseRoleIndex = (input: unknown): ParseResult<RoleIndex> => parseWith(RoleIndexSchema, input);

/** Validates an untrusted comparison (`<job-compare src>`): two to four roles. Never throws. */
export const parseRoleComparison = (input: unknown): ParseResult<RoleComparison> => parseWith(RoleComparisonSchema, input);
