import type { TemplateResult } from 'lit';
import type { JobWidgetError } from '../core/events.js';
import { loadBundledRole, type Outcome, type Validate } from '../core/load.js';
import { RoleElement } from '../core/role-element.js';
import { baseStyles, figureStyles } from '../core/styles.js';
import { lazyView } from '../core/view.js';
import type { RoleComparison } from '../schema/types.js';

/**
 * The comparison's rendering, CSS, English labels, validation and assembly: a chunk of its own, loaded
 * with the roles. (What stays here is what must start at once: the requests for the bundled roles.)
 */
const view = lazyView(() => import('./job-compare.view.js'));

/** (One function for every element: requests for one `src` are shared per validator, see remote.ts.) */
const validate: Validate<RoleComparison> = (json) => view.load().then((m) => m.validate(json));

/**
 * @tagname job-compare
 * @summary Two to four roles side by side: pay on one shared scale (a range where the role has
 * percentiles, the median or average otherwise), projected growth on one scale (a decline reads as a
 * decline), openings, the skills they share and the skills only one of them lists. Every figure names its
 * source and date, and a note says when the figures come from different years, periods, sources or
 * regions. A table for assistive technology; in 375 px or less it stacks by fact (each fact, then every
 * role's value).
 *
 * Its roles come from `job` (bundled ids, space-separated: `job="data-scientist database-architect"`,
 * requested all at once, one request each), or a comparison document, `{ "roles": [role, role, …] }`,
 * given by `data`, inline JSON or `src`. Fewer than two or more than four roles is an error
 * (`invalid-data`, with the issue at `roles`). Same states, errors and events as the other elements
 * (`job-load` carries the comparison document).
 *
 * @csspart card - The comparison's box.
 * @csspart heading - The heading.
 * @csspart notes - The notes on figures that are not alike (different years, periods, sources, regions).
 * @csspart table - The table.
 * @csspart figure-value - The number of a figure.
 * @csspart source - The source of a figure.
 * @csspart skills - A list of skills.
 * @csspart error - The message shown when the comparison cannot be shown.
 */
export class JobCompareElement extends RoleElement<RoleComparison> {
  static override styles = [baseStyles, figureStyles];

  /** The ids of two to four bundled roles, separated by spaces (or commas), e.g. `data-scientist database-architect`. Used when no other source is given. */
  declare job?: string;

  protected static override readonly consumes = false;
  protected override readonly validate = validate;

  /** Every bundled role (a file each) is requested at once, with the view, which checks the count and assembles them. */
  protected override loadJob(key: string): Promise<Outcome<RoleComparison>> {
    const ids = [...new Set(key.split(/[\s,]+/))];
    // (Two to four: the view says what is wrong with another count, without loading any.)
    return Promise.all([view.load(), ids[1] && !ids[4] ? Promise.all(ids.map(loadBundledRole)) : []]).then(([m, roles]) => m.compared(ids, roles));
  }

  static override loadView = view.load;
  static override viewStyles = () => view.module?.styles;

  protected override renderError(error: JobWidgetError): TemplateResult {
    return view.module?.renderCompareError(this.viewContext, error) ?? super.renderError(error);
  }

  protected renderRole(comparison: RoleComparison): TemplateResult | undefined {
    return view.module?.renderCompare(this.viewContext, comparison); // (nothing until the view is here)
  }
}
