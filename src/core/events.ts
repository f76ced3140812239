import type { Role } from '../schema/role.js';
import type { ValidationIssue } from '../schema/validate.js';

/** Why a role could not be shown. Later data sources add their own kinds. */
export type ErrorKind = 'no-source' | 'unknown-job' | 'invalid-data' | 'load-failed';

export interface JobWidgetError {
  kind: ErrorKind;
  /** One developer-facing sentence naming the cause. */
  message: string;
  /** Every validation problem, by path; empty for errors that are not about the data's shape. */
  issues: ValidationIssue[];
}

/** Fired once each time role data has loaded, validated and rendered. Bubbles and is composed. */
export class JobLoadEvent extends CustomEvent<{ data: Role }> {
  static readonly eventName = 'job-load';
  constructor(data: Role) {
    super(JobLoadEvent.eventName, { detail: { data }, bubbles: true, composed: true });
  }
}

/** Fired once each time loading or validating role data fails. Bubbles and is composed. */
export class JobErrorEvent extends CustomEvent<{ error: JobWidgetError }> {
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
