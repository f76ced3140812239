import { css, html, nothing, svg, type TemplateResult } from 'lit';
import { formatMoney } from '../core/format.js';
import type { RoleSalary } from '../schema/types.js';
import type { FigureContext } from './figure-context.js';

/**
 * The graphic's CSS, adopted by the salary card with its own (salary-card.view.ts) once this chunk is
 * here: only pages with a role that has percentiles load it.
 */
export const styles = css`
  .range {
    display: block;
    inline-size: 100%;
    block-size: 1.25rem;
    margin-block: 0.25rem;
  }
  :host(:dir(rtl)) .range {
    transform: scaleX(-1);
  }
  .range .whisker {
    fill: color-mix(in srgb, var(--_accent) 35%, transparent);
  }
  .range .box {
    fill: var(--_accent);
  }
  /* A line 2 px wide however wide the chart (its viewBox is stretched sideways to the card's width). */
  .range .median,
  .range .halo {
    stroke: var(--_text);
    stroke-width: 2;
    vector-effect: non-scaling-stroke;
  }
  /*
   * Under the line, across the box, a gap of the card's surface (the page's canvas colour without a
   * theme): the text colour on the accent is under 3:1 (2.8:1 light, 2.3:1 dark), the surface on the
   * accent and the text on the surface are not (WCAG 1.4.11).
   */
  .range .halo {
    stroke: var(--job-widget-surface, var(--_theme-surface, Canvas));
    stroke-width: 6;
  }
`;

/** The graphic's text equivalent in English (here, not in the main module: only pages with percentiles need it). */
const englishRange = (low: string, high: string, median?: string) =>
  `Salary range: ${low} (10th percentile) to ${high} (90th percentile)${median ? `, median ${median}` : ''}.`;

/** "10th percentile" in English (see `englishRange`). */
export const englishPercentile = (n: number) => `${n}th percentile`;

/** The median's line at `x`, over a gap of the surface as tall as the box (see `styles`). */
const medianLine = (x: number) => svg`<line class="halo" x1=${x} x2=${x} y1="2" y2="10"></line>
  <line class="median" x1=${x} x2=${x} y1="0" y2="12"></line>`;

/** Where `value` sits on a 2–98 scale between the 10th and 90th percentile. */
const at = (value: number, low: number, high: number) => 2 + ((value - low) / (high - low || 1)) * 96;

/**
 * The range graphic (10th to 90th percentile, the middle half, the median) and the percentiles listed.
 * (The box and the median line are `svg` templates: as `html` ones, the browser would create them as
 * unknown HTML elements, which paint nothing; only the server's text output would show them.)
 */
export function renderRange(c: FigureContext, s: RoleSalary): TemplateResult | typeof nothing {
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
      ? html`<svg class="range" viewBox="0 0 100 12" preserveAspectRatio="none" role="img" aria-label=${(l.range ?? englishRange)(money(p10), money(p90), median === undefined ? undefined : money(median))}>
          <rect class="whisker" x="2" y="4" width="96" height="4" rx="2"></rect>
          ${p25 !== undefined && p75 !== undefined
            ? svg`<rect class="box" x=${at(p25, p10, p90)} y="2" width=${at(p75, p10, p90) - at(p25, p10, p90)} height="8" rx="1"></rect>`
            : nothing}
          ${median === undefined
            ? nothing
            : medianLine(at(median, p10, p90))}
        </svg>`
      : nothing;
  return listed.length
    ? html`<dd>${graphic}
        <ul class="plain muted">
          ${listed.map(([n, amount]) => html`<li>${(l.percentile ?? englishPercentile)(n)}: ${money(amount)}</li>`)}
        </ul>
      </dd>`
    : nothing;
}

