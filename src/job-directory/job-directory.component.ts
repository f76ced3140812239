import { nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { loadBundledIndex, validateRoleIndex, type Outcome } from '../core/load.js';
import { RoleElement } from '../core/role-element.js';
import { baseStyles } from '../core/styles.js';
import { lazyView } from '../core/view.js';
import type { RoleIndex } from '../schema/types.js';

export { JobSelectEvent, type JobSelectDetail } from './select-event.js';

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
 * @csspart family - The area menu (shown when the index has roles of two areas or more).
 * @csspart sort - The sort menu (shown when some role has a salary or growth figure).
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
    family: {},
    sort: {},
    query: {},
  };

  /** Where a role links: a template with `{id}`, e.g. `/careers/{id}`. Without it (and without `url` in the index), choosing a role only fires `job-select`. */
  jobHref?: string;

  /**
   * The area listed: `software`, `data`, `infrastructure`, `security`, `design`, `business` or
   * `hardware`; empty (the default) for all. The visitor can change it in the list's "Area" menu.
   */
  family = '';

  /** The order: `best` (best match; by title when nothing is typed), `pay` or `growth` (highest first, roles without the figure last). The visitor can change it. */
  sort: 'best' | 'pay' | 'growth' = 'best';

  /** The search: what the visitor has typed into the search field; set it (or the `query` attribute) to open the list already searched. */
  query = '';

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

  protected renderRole(index: RoleIndex): TemplateResult | typeof nothing {
    if (!view.module) return nothing;
    return view.module.renderDirectory({ ...this.viewContext, host: this }, index);
  }
}
