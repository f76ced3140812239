import type { ValidationIssue } from '../schema/types.js';
import type { ErrorKind, JobWidgetError } from './events.js';

/*
 * The vocabulary of loading, shared by ./load.ts and the lazily loaded ./remote.ts: here, below both,
 * so that the fetching chunk does not import the module that imports it.
 */

/** A loaded and validated document, or why there is none. */
export type Outcome<T> = { ok: true; data: T } | { ok: false; error: JobWidgetError };
/** Validates untrusted JSON into an outcome. */
export type Validate<T> = (json: unknown) => Promise<Outcome<T>>;

/** A failed outcome; `extra` is the HTTP `status` of an `http` error, the `id` of an `unknown-job` one. */
export function failure(kind: ErrorKind, message: string, issues: ValidationIssue[] = [], extra?: { status?: number; id?: string }): Outcome<never> {
  return { ok: false, error: { kind, message, issues, ...extra } };
}
