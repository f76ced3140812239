import { html, nothing, type TemplateResult } from 'lit';
import { formatAsOf, formatChange, formatCount, formatMoney, formatYears } from '../core/format.js';
import type { Labels } from '../i18n/en.js';
import type { RoleGrowth, RoleOpenings, RoleSalary, RoleSource } from '../schema/role.js';

/** How figures print: the labels and the locale of the element showing them. */
export interface FigureContext {
  l: Labels;
  locale: string;
}

interface FigureBase {
  region?: string | undefined;
  note?: string | undefined;
  source: RoleSource;
}

/** The source of a figure, a link when it has a URL, with its date when it has one. */
export function renderSource({ l }: FigureContext, source: RoleSource, asOf?: string): TemplateResult {
  return html`<span part="source" class="source"
    >${l.source}: ${source.url ? html`<a href=${source.url}>${source.name}</a>` : source.name}${asOf
      ? html`, ${l.asOf(asOf)}`
      : nothing}</span
  >`;
}

function figure(c: FigureContext, label: string, f: FigureBase, value: string, asOf?: string, extra: unknown = nothing) {
  return html`<div part="figure" class="figure">
    <dt>${f.region ? c.l.region(label, f.region) : label}</dt>
    <dd part="figure-value" class="value">${value}</dd>
    ${extra} ${f.note ? html`<dd class="muted">${f.note}</dd>` : nothing}
    <dd>${renderSource(c, f.source, asOf)}</dd>
  </div>`;
}

/** Where `value` sits on a 2–98 scale between the 10th and 90th percentile. */
const at = (value: number, low: number, high: number) => 2 + ((value - low) / (high - low || 1)) * 96;

export function renderSalary(c: FigureContext, s: RoleSalary): TemplateResult {
  const { l, locale } = c;
  const money = (amount: number) => formatMoney(amount, s.currency, locale);
  const p = s.percentiles ?? {};
  const listed = ([10, 25, 75, 90] as const)
    .map((n) => [n, p[`p${n}`]] as const)
    .filter((entry): entry is readonly [10 | 25 | 75 | 90, number] => entry[1] !== undefined);
  const median = s.kind === 'median' ? s.amount : undefined;
  const { p10, p25, p75, p90 } = p;
  const graphic =
    p10 !== undefined && p90 !== undefined
      ? html`<svg class="range" viewBox="0 0 100 12" preserveAspectRatio="none" role="img" aria-label=${l.range(money(p10), money(p90), median === undefined ? undefined : money(median))}>
          <rect class="whisker" x="2" y="4" width="96" height="4" rx="2"></rect>
          ${p25 !== undefined && p75 !== undefined
            ? html`<rect class="box" x=${at(p25, p10, p90)} y="2" width=${at(p75, p10, p90) - at(p25, p10, p90)} height="8" rx="1"></rect>`
            : nothing}
          ${median === undefined
            ? nothing
            : html`<line class="median" x1=${at(median, p10, p90)} x2=${at(median, p10, p90)} y1="0" y2="12"></line>`}
        </svg>`
      : nothing;
  const extra = listed.length
    ? html`<dd>${graphic}
        <ul class="plain muted">
          ${listed.map(([n, amount]) => html`<li>${l.percentile(n)}: ${money(amount)}</li>`)}
        </ul>
      </dd>`
    : nothing;
  return figure(c, l.salary(s.kind), s, l.perPeriod(money(s.amount), s.period), s.asOf && formatAsOf(s.asOf, locale), extra);
}

export function renderGrowth(c: FigureContext, g: RoleGrowth): TemplateResult {
  const label = `${c.l.growth(g.percent)}, ${formatYears(g.period.from, g.period.to, c.locale)}`;
  return figure(c, label, g, formatChange(g.percent, c.locale));
}

export function renderOpenings(c: FigureContext, o: RoleOpenings): TemplateResult {
  const label = c.l.openings(o.kind);
  const period = o.period ? formatYears(o.period.from, o.period.to, c.locale) : undefined;
  return figure(c, period ? `${label}, ${period}` : label, o, formatCount(o.count, c.locale), o.asOf && formatAsOf(o.asOf, c.locale));
}
