import { nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { RoleElement } from '../core/role-element.js';
import { baseStyles, figureStyles } from '../core/styles.js';
import { lazyView } from '../core/view.js';
import { jobLink } from '../related-jobs/related-jobs.component.js';
import type { Role } from '../schema/types.js';

/** The card's rendering: a chunk of its own, loaded with the first card's data. */
const view = lazyView(() => import('./job-card.view.js'));

/**
 * @tagname job-card
 * @summary A compact card of one role for grids and sidebars: its title, what it is in two lines (its tagline), the
 * headline pay and growth (each with its source), the top skills and a link to the whole profile.
 * Cards side by side in a CSS grid line up: each card spans five rows of the grid (a subgrid), so
 * titles, summaries, figures, skills and links sit at the same height across a row whatever their length.
 *
 * @csspart card - The card's content (the element itself is the card's box: style `job-card` for its border and background).
 * @csspart heading - The title.
 * @csspart summary - What the job is: the role's tagline, whole, or else its summary in at most two lines (the whole text is read to assistive technology).
 * @csspart figure - The salary or the growth figure, with its label, value and source.
 * @csspart figure-value - The number of a figure, or the words saying the role has none ("No confirmed pay figure yet").
 * @csspart source - The source of a figure.
 * @csspart skills - The list of top skills.
 * @csspart link - The link to the whole profile.
 */
export class JobCardElement extends RoleElement {
  static override styles = [
    baseStyles,
    figureStyles,
  ];

  static override properties: PropertyDeclarations = {
    href: {},
    jobHref: { attribute: 'job-href' },
  };

  /** Where the card links: the role's own page. Without it, `job-href` with the role's id; without both, no link. */
  href?: string;

  /** A link template for the role's id, e.g. `/careers/{id}`, used when there is no `href`. */
  jobHref?: string;

  static override loadView = () => view.load();
  static override viewStyles = () => view.module?.styles;

  protected renderRole(role: Role): TemplateResult | typeof nothing {
    const href = jobLink(this.href, role.id) ?? jobLink(this.jobHref ?? this.providedJobHref, role.id);
    const context = { ...this.viewContext, href };
    return view.module ? view.module.renderCard(context, role) : nothing;
  }
}
