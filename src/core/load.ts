import { bundledRoleIds, indexChunk, isBundledRole, roleChunks } from '../data/bundled.js';
import type { Role, RoleIndex } from '../schema/types.js';
import type { ParseResult } from '../schema/types.js';
import { importChunk } from './chunk.js';
import { failure, type Outcome, type Validate } from './outcome.js';

export { failure, type Outcome, type Validate } from './outcome.js';
export type LoadOutcome = Outcome<Role>;

/**
 * The validator (zod and the role schema) is its own chunk in the script-tag build: it is fetched in
 * parallel with the role data, so it adds no round trip, and the module a page loads first stays small.
 */
const validatorChunk = () => import('../schema/validate.js');
const validator = () => importChunk(validatorChunk);

/** The code that fetches `src` documents (./remote.ts), its own chunk in the script-tag build. */
const remoteChunk = () => import('./remote.js');
export const loadRemote = () => importChunk(remoteChunk);

/** Starts loading the validator now, so it arrives while the data is still on its way. */
export function preloadValidator(): void {
  void validator();
}

function outcomeOf<T>(result: ParseResult<T>, what: string): Outcome<T> {
  if (result.ok) return { ok: true, data: result.data };
  const count = result.issues.length;
  return failure('invalid-data', `Invalid ${what}: ${count} problem${count === 1 ? '' : 's'}.`, result.issues);
}

/** Validates untrusted JSON as a role. */
export const validateRole: Validate<Role> = async (json) => outcomeOf((await validator()).parseRole(json), 'role data');

/** Validates untrusted JSON as a role index. */
export const validateRoleIndex: Validate<RoleIndex> = async (json) => outcomeOf((await validator()).parseRoleIndex(json), 'role index');

/** One load per bundled role per page, shared by every element that shows it. */
const bundled = new Map<string, Promise<LoadOutcome>>();

/**
 * Loads a bundled role. It is trusted: the build validated and normalised it (scripts/trusted-data.js),
 * so the validator is not loaded for it. Never rejects.
 */
export function loadBundledRole(id: string): Promise<LoadOutcome> {
  if (!isBundledRole(id)) {
    return Promise.resolve(failure('unknown-job', `Unknown job "${id}". Known jobs: ${bundledRoleIds().join(', ')}.`, [], { id }));
  }
  let outcome = bundled.get(id);
  if (!outcome) {
    outcome = importChunk(roleChunks[id]!).then(
      (m): LoadOutcome => ({ ok: true, data: m.default as Role }),
      (cause: unknown) => {
        bundled.delete(id); // a failed chunk load (say, offline) may succeed next time (from a fresh URL)
        return failure('load-failed', `The data of job "${id}" could not be loaded: ${String(cause)}`);
      },
    );
    bundled.set(id, outcome);
  }
  return outcome;
}

/** The bundled role index, trusted like the bundled roles (validated by the build). Never rejects. */
export function loadBundledIndex(): Promise<Outcome<RoleIndex>> {
  return importChunk(indexChunk).then(
    (m): Outcome<RoleIndex> => ({ ok: true, data: m.default as RoleIndex }),
    (cause: unknown) => failure('load-failed', `The role index could not be loaded: ${String(cause)}`),
  );
}
