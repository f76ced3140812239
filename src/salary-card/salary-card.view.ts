import { css, html, nothing, type CSSResult, type TemplateResult } from 'lit';
import { formatMoney } from '../core/format.js';
import type { ViewContext } from '../core/role-element.js';
import { figureBoxStyles, renderGrowth, renderOpenings, renderSalary } from '../parts/figure-views.js';
import { rangeView } from '../parts/figures.js';
import type { Role } from '../schema/types.js';

/** The card's own CSS (after the shared styles and the figures'). */
const own = css`
      ${figureBoxStyles}
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
    `;

let withRange: CSSResult | undefined;
/** The card's CSS, with the range graphic's once its chunk is here (only roles with percentiles load it). */
export function styles(): CSSResult {
  const range = rangeView.module?.styles;
  return range ? (withRange ??= css`${own}${range}`) : own;
}

/** What the salary card's view needs from its element. */
export interface SalaryContext extends ViewContext {
  variant: 'card' | 'badge';
  /** Figures to show beside the salary. */
  growth: boolean;
  openings: boolean;
}

/** The card (or the badge, a phrase for running text). */
export function renderSalaryCard(c: SalaryContext, role: Role): TemplateResult {
  const { salary } = role;
  if (c.variant === 'badge' && salary) {
    // A phrase inside the host's sentence: "$106,677 a year (Salary.com)". What kind of figure it is
    // and where it applies is said to assistive technology; the source is a small note or link.
    const kind = salary.region ? c.l.region(c.l.salary(salary.kind), salary.region) : c.l.salary(salary.kind);
    const { source } = salary;
    const amount = formatMoney(salary.amount, salary.currency, c.locale);
    const name = source.url ? html`<a href=${source.url}>${source.name}</a>` : source.name;
    // (One line: no white space between the spans but the spaces shown. <bdi>: see renderSource.)
    return html`<span part="badge" class="badge" lang=${c.l.lang}><span class="vh">${kind}: </span><span class="nowrap"><span part="figure-value" class="amount">${amount}</span> ${c.l.phrasePeriod(salary.period)}</span> <span part="source" class="source">(<span class="vh">${c.l.source}: </span><bdi>${name}</bdi>)</span></span>`;
  }
  const { growth, openings } = c;
  const more = (growth && role.growth) || (openings && role.openings);
  return c.frame(
    more ? c.l.figures : c.l.salaryHeading,
    html`<dl class="figures">
      ${salary ? renderSalary(c, salary) : nothing} ${growth && role.growth ? renderGrowth(c, role.growth) : nothing}
      ${openings && role.openings ? renderOpenings(c, role.openings) : nothing}
    </dl>`,
  );
}
