import { indexChunk, knownRoleIds, roleChunk } from '../data/bundled.js';
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

/** The `unknown-job` failure for `id`, naming the known ids (if the index could be loaded to name them). */
function unknownJob(id: string, known?: string[]): LoadOutcome {
  return failure('unknown-job', `Unknown job "${id}".${known ? ` Known jobs: ${known.join(', ')}.` : ''}`, [], { id });
}

/**
 * Loads a bundled role. It is trusted: the build validated and normalised it (scripts/trusted-data.js),
 * so the validator is not loaded for it. Never rejects.
 *
 * The script-tag build knows no list of ids up front (see data/bundled-url.ts): it imports the role's
 * file at once, in the same round trip as a known id needs, and only when that fails asks the role
 * index whether the id is bundled at all (`unknown-job`) or its file did not load (`load-failed`).
 */
export function loadBundledRole(id: string): Promise<LoadOutcome> {
  let outcome = bundled.get(id);
  if (!outcome) {
    const chunk = roleChunk(id);
    if (!chunk) return knownRoleIds().then((known) => unknownJob(id, known), () => unknownJob(id));
    outcome = importChunk(chunk).then(
      (m): LoadOutcome => ({ ok: true, data: m.default as Role }),
      async (cause: unknown) => {
        const known = await knownRoleIds().catch(() => undefined);
        if (known && !known.includes(id)) return unknownJob(id, known);
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
