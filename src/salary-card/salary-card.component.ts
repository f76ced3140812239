import { css, html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { formatMoney } from '../core/format.js';
import { RoleElement } from '../core/role-element.js';
import { baseStyles, figureStyles } from '../core/styles.js';
import { rangeView, renderGrowth, renderOpenings, renderSalary } from '../parts/figures.js';
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
    css`
      /* The badge is a phrase of the host's sentence: its font, size, line height and colour. */
      :host([variant='badge']) {
        display: inline;
        line-height: inherit;
        color: inherit;
        overflow-wrap: normal;
      }
      /* Isolated: an unclosed right-to-left override in its source name cannot reorder the host's
         words after it (a block host is a bidi paragraph of its own already). Inline, so no overflow
         clip: stacked combining marks are clipped to the phrase's own line (its box and the half-leading
         of a line height of 1.5). */
      .badge {
        unicode-bidi: isolate;
        clip-path: inset(-.25em 0);
      }
      .badge .amount {
        font-weight: 600;
        font-variant-numeric: tabular-nums;
      }
      .badge .source {
        font-size: 0.8em;
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

  protected renderRole(role: Role): TemplateResult {
    const c = { l: this.l, locale: this.resolvedLocale };
    const { salary } = role;
    if (this.variant === 'badge' && salary) {
      // A phrase inside the host's sentence: "$106,677 a year (Salary.com)". What kind of figure it is
      // and where it applies is said to assistive technology; the source is a small note or link.
      const kind = salary.region ? c.l.region(c.l.salary(salary.kind), salary.region) : c.l.salary(salary.kind);
      const { source } = salary;
      const amount = formatMoney(salary.amount, salary.currency, c.locale);
      const name = source.url ? html`<a href=${source.url}>${source.name}</a>` : source.name;
      // (One line: no white space between the spans but the spaces shown. <bdi>: see renderSource.)
      return html`<span part="badge" class="badge" lang=${c.l.lang}><span class="vh">${kind}: </span><span class="nowrap"><span part="figure-value" class="amount">${amount}</span> ${c.l.phrasePeriod(salary.period)}</span> <span part="source" class="source">(<span class="vh">${c.l.source}: </span><bdi>${name}</bdi>)</span></span>`;
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
