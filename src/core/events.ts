import type { Role } from '../schema/types.js';
import type { ValidationIssue } from '../schema/types.js';

/**
 * Why a role could not be shown:
 * - `no-source`: no `data`, inline JSON, `src` or `job`;
 * - `unknown-job`: `job` names no bundled role;
 * - `invalid-src`: `src` is not an http(s) URL, or has a user name or password in it;
 * - `blocked`: the page's Content-Security-Policy (`connect-src`) does not allow fetching `src`;
 * - `network`: the request failed (offline, DNS, CORS, connection reset);
 * - `http`: the server answered with a status outside 200–299 (see `status`);
 * - `content-type`: the response is not JSON (`application/json` or `+json`);
 * - `too-large`: the body is over the size cap;
 * - `timeout`: no complete answer within `timeout` ms;
 * - `invalid-json`: the text is not JSON (the message gives the line and column);
 * - `invalid-data`: the JSON is not a valid role (`issues` lists every problem);
 * - `load-failed`: a bundled role's chunk could not be loaded.
 */
export type ErrorKind =
  | 'no-source'
  | 'unknown-job'
  | 'invalid-src'
  | 'blocked'
  | 'network'
  | 'http'
  | 'content-type'
  | 'too-large'
  | 'timeout'
  | 'invalid-json'
  | 'invalid-data'
  | 'load-failed';

export interface JobWidgetError {
  kind: ErrorKind;
  /** The HTTP status, for `http` errors. */
  status?: number;
  /** The id asked for, for `unknown-job` errors. */
  id?: string;
  /** One developer-facing sentence naming the cause. */
  message: string;
  /** Every validation problem, by path; empty for errors that are not about the data's shape. */
  issues: ValidationIssue[];
}

/** `job-load`'s detail: the validated document (a role; for `<job-directory>`, its index). */
export type JobLoadDetail<T = Role> = { data: T };

/** `job-error`'s detail. */
export type JobErrorDetail = { error: JobWidgetError };

/** Fired once each time role data has loaded, validated and rendered. Bubbles and is composed. */
export class JobLoadEvent<T = Role> extends CustomEvent<JobLoadDetail<T>> {
  static readonly eventName = 'job-load';
  constructor(data: T) {
    super(JobLoadEvent.eventName, { detail: { data }, bubbles: true, composed: true });
  }
}

/** Fired once each time loading or validating role data fails. Bubbles and is composed. */
export class JobErrorEvent extends CustomEvent<JobErrorDetail> {
  static readonly eventName = 'job-error';
  constructor(error: JobWidgetError) {
    super(JobErrorEvent.eventName, { detail: { error }, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'job-load': JobLoadEvent;
    'job-error': JobErrorEvent;
  }
}
