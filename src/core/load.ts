import { bundledRoleIds, bundledRoles, isBundledRole } from '../data/bundled.js';
import type { Role } from '../schema/role.js';
import type { ValidationIssue } from '../schema/validate.js';
import type { ErrorKind, JobWidgetError } from './events.js';

export type LoadOutcome = { ok: true; data: Role } | { ok: false; error: JobWidgetError };

export function failure(kind: ErrorKind, message: string, issues: ValidationIssue[] = [], status?: number): LoadOutcome {
  return { ok: false, error: status === undefined ? { kind, message, issues } : { kind, message, issues, status } };
}

/**
 * The validator (zod and the role schema) is its own chunk in the script-tag build: it is fetched in
 * parallel with the role data, so it adds no round trip, and the module a page loads first stays small.
 */
const validator = () => import('../schema/validate.js');

/** Starts loading the validator now, so it arrives while the data is still on its way. */
export function preloadValidator(): void {
  void validator();
}

/** Validates untrusted JSON into a load outcome. */
export async function validateRole(json: unknown): Promise<LoadOutcome> {
  const result = (await validator()).parseRole(json);
  if (result.ok) return { ok: true, data: result.data };
  const count = result.issues.length;
  return failure('invalid-data', `Invalid role data: ${count} problem${count === 1 ? '' : 's'}.`, result.issues);
}

/** One load and one validation per bundled role per page, shared by every element that shows it. */
const bundled = new Map<string, Promise<LoadOutcome>>();

/** Loads and validates a bundled role. Never rejects. */
export function loadBundledRole(id: string): Promise<LoadOutcome> {
  if (!isBundledRole(id)) {
    const unknown = failure('unknown-job', `Unknown job "${id}". Known jobs: ${bundledRoleIds().join(', ')}.`);
    if (!unknown.ok) unknown.error.id = id;
    return Promise.resolve(unknown);
  }
  let outcome = bundled.get(id);
  if (!outcome) {
    outcome = Promise.all([bundledRoles[id]!(), validator()]).then(
      ([json]) => validateRole(json),
      (cause: unknown) => {
        bundled.delete(id); // a failed chunk load (say, offline) may succeed next time
        return failure('load-failed', `The data of job "${id}" could not be loaded: ${String(cause)}`);
      },
    );
    bundled.set(id, outcome);
  }
  return outcome;
}
