import { css, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { formatMoney } from '../core/format.js';
import { RoleElement } from '../core/role-element.js';
import { baseStyles, figureStyles } from '../core/styles.js';
import { renderGrowth, renderOpenings, renderSalary, renderSource } from '../parts/figures.js';
import type { Role } from '../schema/role.js';

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
 * @csspart badge - The one-line form (`variant="badge"`).
 */
export class SalaryCardElement extends RoleElement {
  static override styles = [
    baseStyles,
    figureStyles,
    css`
      :host([variant='badge']) {
        display: inline;
      }
    `,
  ];

  /** Figures to show beside the salary: `growth`, `openings`, or both (`include="growth openings"`). */
  @property() include = '';

  /** `card` (default) or `badge`: one line with the amount and its source, for running text. */
  @property({ reflect: true }) variant: 'card' | 'badge' = 'card';

  get #extras() {
    const tokens = this.include.toLowerCase().split(/[\s,]+/);
    return { growth: tokens.includes('growth'), openings: tokens.includes('openings') };
  }

  protected override hasSection(role: Role): boolean {
    const { growth, openings } = this.#extras;
    return !!role.salary || (growth && !!role.growth) || (openings && !!role.openings);
  }

  protected renderRole(role: Role): TemplateResult {
    const c = { l: this.l, locale: this.resolvedLocale };
    const { salary } = role;
    if (this.variant === 'badge' && salary) {
      return html`<span part="badge" class="badge" lang=${c.l.lang}>
        <span>${salary.region ? c.l.region(c.l.salary(salary.kind), salary.region) : c.l.salary(salary.kind)}:</span>
        <strong part="figure-value">${c.l.perPeriod(formatMoney(salary.amount, salary.currency, c.locale), salary.period)}</strong>
        ${renderSource(c, salary.source)}
      </span>`;
    }
    const { growth, openings } = this.#extras;
    const more = (growth && role.growth) || (openings && role.openings);
    return this.frame(
      more ? c.l.figures : c.l.salaryHeading,
      html`<dl class="figures">
        ${salary ? renderSalary(c, salary) : nothing} ${growth && role.growth ? renderGrowth(c, role.growth) : nothing}
        ${openings && role.openings ? renderOpenings(c, role.openings) : nothing}
      </dl>`,
    );
  }
}
