import type { RoleIndexItem } from '../schema/types.js';

/** `job-select`'s detail: the chosen role's id and index entry. */
export type JobSelectDetail = { id: string; entry: RoleIndexItem };

/** Fired when a visitor chooses a role. Cancelable: `preventDefault()` keeps a link from navigating. */
export class JobSelectEvent extends CustomEvent<JobSelectDetail> {
  constructor(entry: RoleIndexItem) {
    super('job-select', { detail: { id: entry.id, entry }, bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'job-select': JobSelectEvent;
  }
}
