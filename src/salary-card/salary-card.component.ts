import { css, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { RoleElement } from '../core/role-element.js';
import { baseStyles, figureStyles } from '../core/styles.js';
import { profileViews } from '../job-profile/views.js';
import { rangeView } from '../parts/figures.js';
import type { Role } from '../schema/types.js';

/**
 * @tagname salary-card
 * @summary The salary with its kind (average or median), period, date and source; a range graphic when
 * the data has percentiles; optionally the growth and openings figures too.
 *
 * @csspart card - The card (`section` inside `<job-profile>`).
 * @csspart heading - The heading.
 * @csspart figure - One figure with its label, value and source.
 * @csspart figure-value - The number of a figure.
 * @csspart source - The source and date of a figure.
 * @csspart badge - The phrase (`variant="badge"`).
 */
export class SalaryCardElement extends RoleElement {
  static override styles = [
    baseStyles,
    figureStyles,
    // (Here, not in the view's CSS: a badge is inline from the start, also while it loads.)
    css`
      /* The badge is a phrase of the host's sentence: its font, size, line height and colour. */
      :host([variant='badge']) {
        display: inline;
        line-height: inherit;
        color: inherit;
        overflow-wrap: normal;
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    include: {},
    variant: { reflect: true },
  };

  /** Figures to show beside the salary: `growth`, `openings`, or both (`include="growth openings"`). */
  include = '';

  /** `card` (default) or `badge`: a phrase for running text ("$106,677 a year (Salary.com)"), in the text's own font; the kind of figure is said to assistive technology. */
  variant: 'card' | 'badge' = 'card';

  get #extras() {
    const tokens = this.include.toLowerCase().split(/[\s,]+/);
    return { growth: tokens.includes('growth'), openings: tokens.includes('openings') };
  }

  protected override hasSection(role: Role): boolean {
    const { growth, openings } = this.#extras;
    return !!role.salary || (growth && !!role.growth) || (openings && !!role.openings);
  }

  /** A salary with percentiles needs the range graphic's chunk (a badge too: it may become a card): it loads before the card shows. */
  protected override prepare(role: Role): Promise<unknown> | undefined {
    return role.salary?.percentiles ? rangeView.load() : undefined;
  }

  static override loadView = () => profileViews.load();
  static override viewStyles = () => profileViews.module?.salaryCard.styles();

  protected renderRole(role: Role): TemplateResult | typeof nothing {
    const context = { ...this.viewContext, variant: this.variant, ...this.#extras };
    return profileViews.module ? profileViews.module.salaryCard.renderSalaryCard(context, role) : nothing;
  }
}
