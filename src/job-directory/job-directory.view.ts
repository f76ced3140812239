import { css, html, nothing, type TemplateResult } from 'lit';
import { formatChange, formatList, formatMoney, formatYears, shownChange } from '../core/format.js';
import type { DirectoryLabels, Labels } from '../i18n/en.js';
import { jobLink } from '../related-jobs/related-jobs.component.js';
import type { RoleFamily, RoleIndex, RoleIndexItem } from '../schema/types.js';
import { JobSelectEvent } from './select-event.js';
import { search, type Hit } from './search.js';

/** The directory's own CSS (after the shared styles). */
export const styles = css`
      label {
        display: block;
        font-weight: 700;
      }
      input,
      select {
        font: inherit;
        color: inherit;
        background: var(--_surface);
        inline-size: 100%;
        border: 1px solid var(--_muted);
        border-radius: var(--_radius);
        padding: 0.4em 0.6em;
        margin-block: 0.25em 0.5em;
      }
      [part='role'] .muted span {
        display: inline-block;
      }
      .controls {
        display: flex;
        flex-wrap: wrap;
        gap: 0 calc(var(--_space) * 0.75);
      }
      .controls label {
        flex: 1 1 8em;
      }
      .controls select {
        inline-size: 100%;
      }
      select {
        display: block;
      }
      input:focus-visible,
      select:focus-visible {
        outline: 2px solid var(--_accent);
        outline-offset: 1px;
      }
      [part='role'] {
        border-block-start: 1px solid var(--_border);
        padding-block: calc(var(--_space) * 0.75) 0;
      }
      /* Without JavaScript (a prerendered snippet) the search field and the menus would do nothing: they
         are not shown. (With it they are there from the first paint: the takeover moves nothing.) */
      @media (scripting: none) {
        [for='search'],
        #search,
        .controls {
          display: none;
        }
      }
      /* (The only button of the elements: the others' controls are disclosures, which work without JavaScript.) */
      .choose {
        font: inherit;
        color: inherit;
        background: none;
        cursor: pointer;
        border: 0;
        padding: 0;
        text-align: start;
        text-decoration: underline;
        text-underline-offset: 0.15em;
      }
    `;

/** What the directory's view needs from its element: its labels, locale, headings and frame, and the element. */
export interface DirectoryContext {
  l: Labels;
  locale: string;
  heading: (offset: number, content: unknown) => TemplateResult;
  frame: (title: string, content: unknown) => TemplateResult;
  /** The element: the view reads and sets its query, area and order, and fires its events. */
  host: DirectoryHost;
}

/** What the view uses of `<job-directory>` (its properties; see job-directory.component.ts). */
export interface DirectoryHost extends EventTarget {
  query: string;
  family: string;
  sort: DirectorySort;
  jobHref?: string | undefined;
  labels?: Partial<Labels> | undefined;
}

/** How the list is sorted: best match (the index's order when nothing is typed), pay, growth. */
export type DirectorySort = 'best' | 'pay' | 'growth';

/** The English labels of the directory's controls (a label set may carry its own: `directoryControls`). */
export const englishControls: DirectoryLabels = {
  // (The heading, field and count too: in this chunk rather than in the main module's English set.)
  directory: 'Explore tech jobs',
  search: 'Search jobs',
  matches: (shown, total) =>
    shown === total
      ? `${total} ${total === 1 ? 'job' : 'jobs'}`
      : shown === 0
        ? 'No job matches your search.'
        : `${shown} of ${total} jobs match.`,
  family: 'Area',
  anyFamily: 'All areas',
  families: {
    software: 'Software development',
    data: 'Data and AI',
    infrastructure: 'Cloud, IT and networks',
    security: 'Security',
    design: 'Design and writing',
    business: 'Product, projects and business',
    hardware: 'Hardware and electronics',
  },
  sort: 'Sort by',
  sorts: { best: 'Best match', pay: 'Highest pay', growth: 'Fastest growth' },
  matchedSkills: 'Matching skills',
};

/**
 * `labels` on top of `base`, entry by entry and one level down (`families`, `sorts`): an entry is taken
 * only where it has the base's kind, so a wrong override is ignored rather than shown.
 */
function fit<T extends object>(base: T, labels: unknown): T {
  const over = Object(labels) as Record<string, unknown>;
  const out = { ...base } as Record<string, unknown>;
  for (const [key, value] of Object.entries(base)) {
    if (typeof value === 'object') out[key] = fit(value as object, over[key]);
    else if (typeof over[key] === typeof value) out[key] = over[key];
  }
  return out as T;
}

/** A yearly amount to compare pay by (an hourly wage times 2,080 hours, as BLS annualizes it). */
const yearly = (s: NonNullable<RoleIndexItem['salary']>) => s.amount * (s.period === 'hour' ? 2080 : 1);

/**
 * The hits in the chosen order. Pay and growth put the roles without that figure last (in the search's
 * order) and compare pay only within a currency (the index's most common one first).
 */
export function ordered(hits: Hit[], sort: DirectorySort): Hit[] {
  if (sort === 'growth') return [...hits].sort((a, b) => (b.role.growth?.percent ?? -Infinity) - (a.role.growth?.percent ?? -Infinity));
  if (sort !== 'pay') return hits;
  const count = new Map<string, number>();
  for (const { role } of hits) if (role.salary) count.set(role.salary.currency, (count.get(role.salary.currency) ?? 0) + 1);
  const rank = (h: Hit) => (h.role.salary ? -(count.get(h.role.salary.currency) ?? 0) : 0);
  return [...hits].sort((a, b) => rank(a) - rank(b) || (b.role.salary ? yearly(b.role.salary) : -1) - (a.role.salary ? yearly(a.role.salary) : -1));
}

function entryOf(c: DirectoryContext, controls: DirectoryLabels, { role: entry, skills }: Hit): TemplateResult {
  const { l, locale, host } = c;
  const href = entry.url ?? jobLink(host.jobHref, entry.id);
  // A cancelled `job-select` keeps the link from navigating.
  const choose = (e: Event) => host.dispatchEvent(new JobSelectEvent(entry)) || e.preventDefault();
  const title = href
    ? html`<a href=${href} @click=${choose}>${entry.title}</a>`
    : html`<button class="choose" type="button" @click=${choose}>${entry.title}</button>`;
  const s = entry.salary;
  const g = entry.growth;
  return html`<li part="role">
    ${c.heading(1, title)}
    <p>${entry.tagline ?? entry.summary}</p>
    ${skills.length ? html`<p class="muted">${controls.matchedSkills}: ${formatList(skills, locale)}</p>` : nothing}
    ${s || g
      ? html`<p class="muted">
          ${s ? html`<span>${l.salary(s.kind)}: ${formatMoney(s.amount, s.currency, locale)} ${l.period(s.period)}</span>` : nothing}${s && g ? ' · ' : ''}${g
            ? html`<span>${l.growthShort(shownChange(g.percent))}, ${formatYears(g.period.from, g.period.to, locale)}: ${formatChange(g.percent, locale, l.littleChange)}</span>`
            : nothing}
        </p>`
      : nothing}
  </li>`;
}

/** A labelled drop-down list. */
const select = <T extends string>(id: string, label: string, value: string, options: [T, string][], change: (value: T) => void) =>
  html`<label for=${id}
    >${label}
    <select id=${id} part=${id} @change=${(e: Event) => change((e.target as HTMLSelectElement).value as T)}>
      ${options.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}
    </select></label
  >`;

/** The search field, the area and sort controls, the live count and the matching roles. */
export function renderDirectory(c: DirectoryContext, index: RoleIndex): TemplateResult {
  const { l, host } = c;
  // English, then the label set's (Spanish has them all), then the host's own, each where it has the right kind.
  const controls = fit(fit(fit(fit(englishControls, l), l.directoryControls), host.labels), host.labels?.directoryControls);
  const present = new Set(index.roles.map((r) => r.family));
  const families = (Object.keys(englishControls.families) as RoleFamily[]).filter((f) => present.has(f));
  const family = families.includes(host.family as RoleFamily) ? host.family : '';
  const sorts = (['best', 'pay', 'growth'] as const).filter((s) => s === 'best' || index.roles.some((r) => (s === 'pay' ? r.salary : r.growth)));
  const sort = sorts.includes(host.sort) ? host.sort : 'best';
  const hits = search(index, host.query).filter((h) => !family || h.role.family === family);
  const shown = ordered(hits, sort);
  return c.frame(
    controls.directory,
    html`<label for="search">${controls.search}</label>
    <input
      id="search"
      part="search"
      type="search"
      autocomplete="off"
      .value=${host.query}
      @input=${(e: Event) => (host.query = (e.target as HTMLInputElement).value)}
    />
    <div class="controls">
      ${families.length > 1
        ? select('family', controls.family, family, [['', controls.anyFamily], ...families.map((f): [string, string] => [f, controls.families[f]])], (v) => (host.family = v))
        : nothing}
      ${sorts.length > 1 ? select('sort', controls.sort, sort, sorts.map((s): [DirectorySort, string] => [s, controls.sorts[s]]), (v) => (host.sort = v)) : nothing}
    </div>
    <p part="status" class="muted" role="status">${controls.matches(shown.length, index.roles.length)}</p>
    <ul class="plain">
      ${shown.map((hit) => entryOf(c, controls, hit))}
    </ul>`,
  );
}
