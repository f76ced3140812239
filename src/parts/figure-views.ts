import { css, html, nothing, type TemplateResult } from 'lit';
import { formatAsOf, formatChange, formatCount, formatYears, shownChange } from '../core/format.js';
import type { RoleGrowth, RoleOpenings, RoleSalary, RoleSource } from '../schema/types.js';
import type { FigureContext } from './figure-context.js';
import { rangeView, renderAmount } from './figures.js';

/**
 * Salary, growth and openings figures, for the views of `<salary-card>` and `<job-outlook>` (in the
 * profile's view chunk: only view chunks import this module).
 */

/** The boxes of the figures (in the views of `<salary-card>` and `<job-outlook>`, the only ones that draw them). */
export const figureBoxStyles = css`
  .figures {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
    gap: var(--_space);
  }
  .figure {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75);
  }
`;

interface FigureBase {
  region?: string | undefined;
  note?: string | undefined;
  source: RoleSource;
}

/** The source of a figure, a link when it has a URL, with its date when it has one. */
export function renderSource({ l }: FigureContext, source: RoleSource, asOf?: string): TemplateResult {
  // (<bdi>: a right-to-left override in the name cannot reorder the words after it.)
  const name = source.url ? html`<a href=${source.url}>${source.name}</a>` : source.name;
  return html`<span part="source" class="source">${l.source}: <bdi>${name}</bdi>${asOf ? html`, ${l.asOf(asOf)}` : nothing}</span>`;
}

function figure(c: FigureContext, label: string, f: FigureBase, value: unknown, asOf?: string, extra: unknown = nothing) {
  return html`<div part="figure" class="figure">
    <dt>${f.region ? c.l.region(label, f.region) : label}</dt>
    <dd part="figure-value" class="value">${value}</dd>
    ${extra} ${f.note ? html`<dd class="muted">${f.note}</dd>` : nothing}
    <dd>${renderSource(c, f.source, asOf)}</dd>
  </div>`;
}

export function renderSalary(c: FigureContext, s: RoleSalary): TemplateResult {
  const { l, locale } = c;
  const extra = s.percentiles ? (rangeView.module?.renderRange(c, s) ?? nothing) : nothing;
  return figure(c, l.salary(s.kind), s, renderAmount(c, s), s.asOf && formatAsOf(s.asOf, locale), extra);
}

export function renderGrowth(c: FigureContext, g: RoleGrowth): TemplateResult {
  const label = `${c.l.growth(shownChange(g.percent))}, ${formatYears(g.period.from, g.period.to, c.locale)}`;
  return figure(c, label, g, formatChange(g.percent, c.locale, c.l.littleChange));
}

export function renderOpenings(c: FigureContext, o: RoleOpenings): TemplateResult {
  const label = c.l.openings(o.kind);
  const period = o.period ? formatYears(o.period.from, o.period.to, c.locale) : undefined;
  return figure(c, period ? `${label}, ${period}` : label, o, formatCount(o.count, c.locale), o.asOf && formatAsOf(o.asOf, c.locale));
}
