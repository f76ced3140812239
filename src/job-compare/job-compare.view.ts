import { css, html, nothing, svg, type TemplateResult } from 'lit';
import type { JobWidgetError } from '../core/events.js';
import { formatAsOf, formatChange, formatCount, formatList, formatMoney, formatYears, shownChange } from '../core/format.js';
import { errorTemplate } from '../core/frame.js';
import { importChunk } from '../core/chunk.js';
import type { LoadOutcome, Outcome } from '../core/load.js';
import type { ViewContext } from '../core/role-element.js';
import type { CompareLabels } from '../i18n/en.js';
import { englishCompare } from '../i18n/en-compare.js';
import { loadedLabels } from '../i18n/labels.js';
import type { ValidationIssue } from '../schema/types.js';
import type { Role, RoleComparison, RoleGrowth, RoleOpenings, RoleSource } from '../schema/types.js';
import { distinct, payScale } from './compare-facts.js';

/**
 * The comparison's own CSS (after the shared styles). A table; in a box of 375 px or less (a container
 * query on the element), each fact becomes a block listing every role's value, each value under its
 * role's name, so a phone reads fact by fact rather than scrolling a table sideways.
 */
export const styles = css`
  :host {
    container-type: inline-size;
  }
  .notes {
    list-style: none;
    padding: 0;
    margin-block: 0 var(--_space);
    font-size: 0.875em;
  }
  .notes li {
    border-inline-start: 0.2rem solid var(--_accent);
    padding-inline-start: 0.5em;
    margin-block-end: 0.25em;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
    table-layout: fixed;
  }
  col.facts {
    inline-size: 8.5rem;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: calc(var(--_space) * 0.5);
    border-block-start: 1px solid var(--_border);
  }
  thead th {
    border-block-start: 0;
    font-size: 1.05em;
    line-height: 1.25;
  }
  thead td {
    border-block-start: 0;
  }
  th[scope='row'] {
    font-weight: 700;
    padding-inline-start: 0;
  }
  th[scope='row'] .muted {
    display: block;
    font-weight: 400;
  }
  /* (The figures' own rules are the shared figureStyles: here, a smaller value on a line of its own.) */
  .value {
    display: block;
    font-size: 1.25em;
  }
  .per {
    font-size: max(0.6em, 0.8rem);
  }
  .what,
  .source,
  .none {
    display: block;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .none {
    font-style: italic;
  }
  .scale {
    display: block;
    inline-size: 100%;
    block-size: 1rem;
    margin-block: 0.35rem;
    overflow: visible;
  }
  :host(:dir(rtl)) .scale {
    transform: scaleX(-1);
  }
  .track {
    fill: color-mix(in srgb, var(--_text) 10%, transparent);
  }
  /* From 0 to a figure without percentiles, so that markers compare at a glance (lighter than a range). */
  .upto {
    fill: color-mix(in srgb, var(--_accent) 30%, transparent);
  }
  .whisker {
    fill: color-mix(in srgb, var(--_accent) 35%, transparent);
  }
  .box,
  .bar {
    fill: var(--_accent);
  }
  .bar.decline {
    fill: var(--_muted);
  }
  .mark,
  .zero,
  .halo {
    stroke: var(--_text);
    stroke-width: 3;
    vector-effect: non-scaling-stroke;
  }
  /* A gap of the surface between the mark and the box (as in the range graphic, parts/range.ts). */
  .halo {
    stroke: var(--job-widget-surface, var(--_theme-surface, Canvas));
    stroke-width: 7;
  }
  .zero {
    stroke-width: 1;
    stroke-dasharray: 2 2;
  }
  .skills {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em;
    list-style: none;
    padding: 0;
    margin: 0;
    font-size: 0.875em;
  }
  .skills li {
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding: 0.05em 0.6em;
  }
  .who {
    display: none;
  }
  /* Stacked by fact: the fact's name, then each role's value under the role's name. */
  @container (max-width: 375px) {
    table,
    tbody,
    tr,
    th,
    td,
    caption {
      display: block;
    }
    thead {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    tbody tr {
      border-block-start: 1px solid var(--_border);
      padding-block: calc(var(--_space) * 0.5);
    }
    th,
    td {
      border: 0;
      padding: calc(var(--_space) * 0.25) 0;
    }
    th[scope='row'] {
      font-size: 1.05em;
    }
    td + td {
      border-block-start: 1px dashed var(--_border);
    }
    .who {
      display: block;
      font-weight: 600;
      font-size: 0.875em;
    }
  }
`;

/**
 * The labels: English, the label set's own, then the host's overrides, an entry only where it is of the
 * English one's kind. (`l.compare` is the host's `labels.compare` when it gave one, else the set's.)
 */
function compareLabels({ l }: ViewContext): CompareLabels {
  const out = { ...englishCompare } as Record<string, unknown>;
  for (const from of [loadedLabels(l.lang)?.compare, l.compare]) {
    for (const [key, value] of Object.entries(Object(from) as object)) if (typeof value === typeof out[key]) out[key] = value;
  }
  return out as unknown as CompareLabels;
}

interface Ctx extends ViewContext {
  c: CompareLabels;
}

/** Where `value` sits on a 2–98 scale from `low` to `high`. */
const at = (value: number, low: number, high: number) => 2 + ((value - low) / (high - low || 1)) * 96;

/** The source of a figure, a link when it has a URL, with its date when it has one. */
function source({ l }: Ctx, s: RoleSource, date?: string, note?: string): TemplateResult {
  const name = s.url ? html`<a href=${s.url}>${s.name}</a>` : s.name;
  // (A figure's note, e.g. that it is a wider group's, says so beside it, as in the profile.)
  return html`${note ? html`<span class="what">${note}</span> ` : nothing}<span part="source" class="source">${l.source}: <bdi>${name}</bdi>${date ? html`, ${date}` : nothing}</span>`;
}

/** What a figure is, with its region: "Median salary (US)". */
const what = ({ l }: Ctx, label: string, region: string | undefined) =>
  html`<span class="what">${region ? l.region(label, region) : label}</span>`;

const none = (text: string) => html`<span class="none">${text}</span>`;

function payCell(x: Ctx, role: Role, scale: ReturnType<typeof payScale>): TemplateResult {
  const { l, locale } = x;
  const s = role.salary;
  if (!s) return none(x.c.noPay);
  const money = (amount: number) => formatMoney(amount, s.currency, locale);
  // (English written here as in the range graphic's chunk, which this one does not load.)
  const percentile = l.percentile ?? ((n: number) => `${n}th percentile`);
  const p = s.percentiles ?? {};
  const pos = (amount: number) => at(scale.scaled(s, amount), 0, scale.high);
  const mark = pos(s.amount);
  const range = p.p10 !== undefined && p.p90 !== undefined;
  const graphic = scale.drawn
    ? html`<svg class="scale" viewBox="0 0 100 12" preserveAspectRatio="none" aria-hidden="true">
        <rect class="track" x="2" y="5" width="96" height="2"></rect>
        ${range ? svg`<rect class="whisker" x=${pos(p.p10!)} y="3" width=${pos(p.p90!) - pos(p.p10!)} height="6" rx="1"></rect>` : nothing}
        ${range && p.p25 !== undefined && p.p75 !== undefined
          ? svg`<rect class="box" x=${pos(p.p25)} y="1" width=${pos(p.p75) - pos(p.p25)} height="10" rx="1"></rect>
              <line class="halo" x1=${mark} x2=${mark} y1="1" y2="11"></line>`
          : nothing}
        ${range ? nothing : svg`<rect class="upto" x="2" y="4" width=${mark - 2} height="4"></rect>`}
        <line class="mark" x1=${mark} x2=${mark} y1="0" y2="12"></line>
      </svg>`
    : nothing;
  const low = p.p10 ?? p.p25;
  const high = p.p90 ?? p.p75;
  return html`<span part="figure-value" class="value"><span class="amount">${money(s.amount)}</span> <span class="per">${l.period(s.period)}</span></span>
    ${what(x, l.salary(s.kind), s.region)} ${graphic}
    ${low !== undefined && high !== undefined
      ? html`<span class="what">${percentile(p.p10 !== undefined ? 10 : 25)}–${percentile(p.p90 !== undefined ? 90 : 75)}: ${money(low)} – ${money(high)}</span>`
      : nothing}
    ${source(x, s.source, s.asOf && formatAsOf(s.asOf, locale), s.note)}`;
}

function growthCell(x: Ctx, g: RoleGrowth | undefined, low: number, high: number): TemplateResult {
  const { l, locale } = x;
  if (!g) return none(x.c.noGrowth);
  const zero = at(0, low, high);
  const end = at(g.percent, low, high);
  const period = formatYears(g.period.from, g.period.to, locale);
  return html`<span part="figure-value" class="value">${formatChange(g.percent, locale, l.littleChange)}</span>
    ${what(x, `${l.growth(shownChange(g.percent))}, ${period}`, g.region)}
    <svg class="scale" viewBox="0 0 100 12" preserveAspectRatio="none" aria-hidden="true">
      <rect class="track" x="2" y="5" width="96" height="2"></rect>
      <rect class=${g.percent < 0 ? 'bar decline' : 'bar'} x=${Math.min(zero, end)} y="2" width=${Math.max(0.5, Math.abs(end - zero))} height="8"></rect>
      <line class="zero" x1=${zero} x2=${zero} y1="0" y2="12"></line>
    </svg>
    ${source(x, g.source, undefined, g.note)}`;
}

function openingsCell(x: Ctx, o: RoleOpenings | undefined): TemplateResult {
  const { l, locale } = x;
  if (!o) return none(x.c.noOpenings);
  const label = o.period ? `${l.openings(o.kind)}, ${formatYears(o.period.from, o.period.to, locale)}` : l.openings(o.kind);
  return html`<span part="figure-value" class="value">${formatCount(o.count, locale)}</span>
    ${what(x, label, o.region)} ${source(x, o.source, o.asOf && formatAsOf(o.asOf, locale), o.note)}`;
}

const skillList = (names: string[]) => html`<ul part="skills" class="skills">${names.map((name) => html`<li>${name}</li>`)}</ul>`;

/** The notes where the figures compared are not alike, and for roles with no figure at all. */
function notes(x: Ctx, roles: Role[]): string[] {
  const { c, locale } = x;
  const list = (items: string[]) => formatList(items, locale);
  const salaries = roles.map((r) => r.salary);
  const out: string[] = [];
  // (Dates of one kind of figure only: pay and openings are counted at different times anyway.)
  for (const dates of [distinct(salaries.map((s) => s?.asOf)), distinct(roles.map((r) => r.openings?.asOf))]) {
    if (dates.length > 1) out.push(c.differentDates(list(dates.sort().map((d) => formatAsOf(d, locale)))));
  }
  const periods = distinct(roles.map((r) => r.growth && formatYears(r.growth.period.from, r.growth.period.to, locale)));
  if (periods.length > 1) out.push(c.differentPeriods(list(periods.sort())));
  // (Sources fact by fact: one role's pay and growth may well come from different publishers.)
  for (const [fact, values] of [[c.pay, salaries], [c.growth, roles.map((r) => r.growth)], [c.openings, roles.map((r) => r.openings)]] as const) {
    const sources = distinct(values.map((f) => f?.source.name));
    if (sources.length > 1) out.push(c.differentSources(fact, list(sources)));
  }
  const regions = distinct(roles.flatMap((r) => [r.salary?.region, r.growth?.region, r.openings?.region]));
  if (regions.length > 1) out.push(c.differentRegions(list(regions)));
  if (distinct(salaries.map((s) => s?.kind)).length > 1) out.push(c.differentKinds);
  const currencies = distinct(salaries.map((s) => s?.currency));
  if (currencies.length > 1) out.push(c.differentCurrencies(list(currencies)));
  for (const role of roles) if (!role.salary && !role.growth && !role.openings) out.push(c.noFigures(role.title));
  return out;
}

/** The roles side by side: notes, then a table with a column per role and a row per fact. */
export function renderCompare(context: ViewContext, comparison: RoleComparison): TemplateResult {
  const x: Ctx = { ...context, c: compareLabels(context) };
  const { l, c, locale, frame } = x;
  const { roles } = comparison;
  const titles = formatList(roles.map((r) => r.title), locale);
  const pay = payScale(roles);
  const percents = roles.map((r) => r.growth?.percent ?? 0);
  const low = Math.min(0, ...percents);
  const high = Math.max(0, ...percents);
  // Skills by name (case aside): those every role lists, and each role's own.
  const key = (name: string) => name.toLocaleLowerCase('und');
  const skillSets = roles.map((r) => new Set((r.skills ?? []).map((s) => key(s.name))));
  const shared = (roles[0]!.skills ?? []).filter((s) => skillSets.every((set) => set.has(key(s.name)))).map((s) => s.name);
  // With three or four roles, those some of them (two or more, not all) list, each with the roles that do.
  const some = new Map<string, [string, string[]]>();
  for (const skill of roles.flatMap((r) => r.skills ?? [])) {
    const by = roles.filter((_, j) => skillSets[j]!.has(key(skill.name)));
    if (by.length > 1 && by.length < roles.length && !some.has(key(skill.name))) some.set(key(skill.name), [skill.name, by.map((r) => r.title)]);
  }
  const own = roles.map((r, i) => (r.skills ?? []).filter((s) => skillSets.every((set, j) => j === i || !set.has(key(s.name)))).map((s) => s.name));
  const payLabel = distinct(roles.map((r) => r.salary?.kind)).length === 1 ? l.salary(roles.find((r) => r.salary)!.salary!.kind) : c.pay;
  const currency = pay.currencies[0];
  const scaleLine =
    pay.drawn && currency
      ? html`<span class="muted">${c.scale(formatMoney(0, currency, locale), `${formatMoney(pay.high, currency, locale)} ${l.period(pay.unit)}`)}</span>`
      : nothing;
  const who = (role: Role) => html`<span class="who" aria-hidden="true">${role.title}</span>`;
  const row = (name: unknown, cell: (role: Role, i: number) => unknown) =>
    html`<tr>
      <th scope="row">${name}</th>
      ${roles.map((role, i) => html`<td>${who(role)}${cell(role, i)}</td>`)}
    </tr>`;
  const lines = notes(x, roles);
  return frame(
    c.heading(titles),
    html`${lines.length ? html`<ul part="notes" class="notes">${lines.map((line) => html`<li>${line}</li>`)}</ul>` : nothing}
    <table part="table">
      <caption class="vh">${c.caption}</caption>
      <colgroup><col class="facts" /></colgroup>
      <thead>
        <tr>
          <td></td>
          ${roles.map((role) => html`<th scope="col">${role.title}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${row(html`${payLabel} ${scaleLine}`, (role) => payCell(x, role, pay))}
        ${row(c.growth, (role) => growthCell(x, role.growth, low, high))}
        ${row(c.openings, (role) => openingsCell(x, role.openings))}
        <tr>
          <th scope="row">${c.shared}</th>
          <td colspan=${roles.length}>
            ${some.size ? html`<span class="what">${c.sharedByAll}</span>` : nothing}${shared.length ? skillList(shared) : none(c.noShared)}
            ${some.size
              ? html`<span class="what">${c.sharedBySome}</span>
                  <ul part="skills" class="skills">
                    ${[...some.values()].map(([name, by]) => html`<li>${name} <span class="muted">(${formatList(by, locale)})</span></li>`)}
                  </ul>`
              : nothing}
          </td>
        </tr>
        ${row(c.only, (role, i) => (!role.skills ? none(c.noSkills) : own[i]!.length ? skillList(own[i]!) : none(c.noOnly)))}
      </tbody>
    </table>`,
  );
}

/** The bounds of RoleComparisonSchema (test/job-compare.test.ts holds them equal). */
const MIN = 2;
const MAX = 4;

/** An `invalid-data` outcome. (Written out here: the main module exports less for this chunk.) */
const invalid = (message: string, issues: ValidationIssue[]): Outcome<never> => ({ ok: false, error: { kind: 'invalid-data', message, issues } });

/** The validator's chunk (zod and the schemas), shared with the other elements. */
const validatorChunk = () => import('../schema/validate.js');

/** Validates untrusted JSON as a comparison: two to four roles. */
export async function validate(json: unknown): Promise<Outcome<RoleComparison>> {
  const result = (await importChunk(validatorChunk)).parseRoleComparison(json);
  const n = result.ok ? 0 : result.issues.length;
  return result.ok ? result : invalid(`Invalid comparison: ${n} problem${n === 1 ? '' : 's'}.`, result.issues);
}

/**
 * The comparison of bundled roles `ids` from their outcomes (loaded only when there are two to four):
 * the first failure, or the roles in the order given.
 */
export function compared(ids: string[], outcomes: LoadOutcome[]): Outcome<RoleComparison> {
  if (ids.length < MIN || ids.length > MAX) {
    return invalid(`Invalid comparison: "job" names ${ids.length} roles; compare ${MIN} to ${MAX}.`, [{ path: 'roles', message: `must have ${MIN} to ${MAX} roles` }]);
  }
  const failed = outcomes.find((o): o is Outcome<never> => !o.ok);
  return failed ?? { ok: true, data: { roles: outcomes.map((o) => (o as { data: Role }).data) } };
}

/** The error message, with the comparison's own title, and its own line when the number of roles is wrong. */
export function renderCompareError(context: ViewContext, error: JobWidgetError): TemplateResult {
  const { l } = context;
  const c = compareLabels(context);
  const count = error.kind === 'invalid-data' && error.issues.length === 1 && error.issues[0]!.path === 'roles';
  return errorTemplate(count ? { ...l, errors: { ...l.errors, 'invalid-data': () => c.count } } : l, c.error, error);
}
