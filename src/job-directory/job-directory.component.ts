import { nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { loadBundledIndex, validateRoleIndex, type Outcome } from '../core/load.js';
import { RoleElement } from '../core/role-element.js';
import { baseStyles } from '../core/styles.js';
import { lazyView } from '../core/view.js';
import type { RoleIndex, RoleIndexItem } from '../schema/types.js';

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

/** The list's rendering and search: a chunk of its own, loaded with the index. */
const view = lazyView(() => import('./job-directory.view.js'));

/**
 * @tagname job-directory
 * @summary A searchable list of roles, the bundled ones or those of a JSON index given by `src`: each
 * with its title, one line and headline salary. Choosing one fires `job-select` (and follows the link
 * when `job-href` or the index gives one), so a page can show the chosen profile beside the list.
 *
 * It loads its index like the other elements load a role (`data`, inline JSON, `src`; `job` is not
 * used), with the same states, errors and events (`job-load` carries the index).
 *
 * @fires {JobSelectEvent} job-select - A role was chosen. `detail: { id, entry }`. Cancelable: `preventDefault()` keeps a link from navigating.
 *
 * @csspart card - The directory's box.
 * @csspart heading - The heading and each role's title.
 * @csspart search - The search field.
 * @csspart status - The live count of matching roles.
 * @csspart role - One role in the list.
 * @csspart error - The message shown when the index cannot be loaded.
 */
export class JobDirectoryElement extends RoleElement<RoleIndex> {
  static override styles = [
    baseStyles,
  ];

  protected static override readonly consumes = false;
  protected override readonly validate = validateRoleIndex;

  static override properties: PropertyDeclarations = {
    jobHref: { attribute: 'job-href' },
    query: { state: true, attribute: false },
  };

  /** Where a role links: a template with `{id}`, e.g. `/careers/{id}`. Without it (and without `url` in the index), choosing a role only fires `job-select`. */
  jobHref?: string;

  /** What the visitor has typed into the search field. */
  private query = '';

  /** Without a source of its own, the directory lists the bundled roles. */
  protected override fallback(): Promise<Outcome<RoleIndex>> {
    return loadBundledIndex();
  }

  protected override loadJob(): Promise<Outcome<RoleIndex>> {
    return this.fallback();
  }

  protected override get errorTitle(): string {
    return this.l.directoryError;
  }

  static override loadView = () => view.load();
  static override viewStyles = () => view.module?.styles;

  #choose(entry: RoleIndexItem, event: Event): void {
    if (!this.dispatchEvent(new JobSelectEvent(entry))) event.preventDefault();
  }

  protected renderRole(index: RoleIndex): TemplateResult | typeof nothing {
    if (!view.module) return nothing;
    const context = {
      l: this.l,
      locale: this.resolvedLocale,
      query: this.query,
      jobHref: this.jobHref,
      heading: (offset: number, content: unknown) => this.heading(offset, content),
      search: (query: string) => (this.query = query),
      choose: (entry: RoleIndexItem, event: Event) => this.#choose(entry, event),
    };
    return this.frame(this.l.directory, view.module.renderDirectory(context, index));
  }
}
