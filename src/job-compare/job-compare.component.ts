import { nothing, type TemplateResult } from 'lit';
import type { JobWidgetError } from '../core/events.js';
import { failure, loadBundledRole, validateComparison, type Outcome } from '../core/load.js';
import { RoleElement } from '../core/role-element.js';
import { baseStyles } from '../core/styles.js';
import { lazyView } from '../core/view.js';
import type { Role, RoleComparison } from '../schema/types.js';

/** The comparison's rendering, CSS and English labels: a chunk of its own, loaded with the roles. */
const view = lazyView(() => import('./job-compare.view.js'));

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
 * fetched in parallel, one request each), or a comparison document, `{ "roles": [role, role, …] }`, given
 * by `data`, inline JSON or `src`. Fewer than two or more than four roles is an error (`invalid-data`,
 * with the issue at `roles`). Same states, errors and events as the other elements (`job-load` carries
 * the comparison document).
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
  static override styles = [baseStyles];

  /** The ids of two to four bundled roles, separated by spaces (or commas), e.g. `data-scientist database-architect`. Used when no other source is given. */
  declare job?: string;

  protected static override readonly consumes = false;
  protected override readonly validate = validateComparison;

  /** Each bundled role is its own file: all are requested at once. */
  protected override loadJob(ids: string): Promise<Outcome<RoleComparison>> {
    const list = [...new Set(ids.split(/[\s,]+/))];
    if (list.length < 2 || list.length > 4) {
      // (The bounds of RoleComparisonSchema; test/job-compare.test.ts holds them equal.)
      return Promise.resolve(failure('invalid-data', `Invalid comparison: "job" names ${list.length} roles; compare 2 to 4.`, [{ path: 'roles', message: 'must have 2 to 4 roles' }]));
    }
    return Promise.all(list.map(loadBundledRole)).then(
      (outcomes) => outcomes.find((o): o is Outcome<never> => !o.ok) ?? { ok: true, data: { roles: outcomes.map((o) => (o as { data: Role }).data) } },
    );
  }

  static override loadView = () => view.load();
  static override viewStyles = () => view.module?.styles;

  protected override renderError(error: JobWidgetError): TemplateResult {
    return view.module?.renderCompareError(this.l, this.labels, error) ?? super.renderError(error);
  }

  protected renderRole(comparison: RoleComparison): TemplateResult | typeof nothing {
    return view.module ? view.module.renderCompare({ ...this.viewContext, labels: this.labels }, comparison) : nothing;
  }
}
