import { css, html, nothing, type TemplateResult } from 'lit';
import { formatMoney } from '../core/format.js';
import type { Labels } from '../i18n/en.js';
import { jobLink } from '../related-jobs/related-jobs.component.js';
import type { RoleIndex, RoleIndexItem } from '../schema/types.js';

/** The directory's own CSS (after the shared styles). */
export const styles = css`
      label {
        display: block;
        font-weight: 700;
      }
      input {
        font: inherit;
        color: inherit;
        background: var(--_surface);
        inline-size: 100%;
        border: 1px solid var(--_muted);
        border-radius: var(--_radius);
        padding: 0.4em 0.6em;
        margin-block: 0.25em 0.5em;
      }
      input:focus-visible {
        outline: 2px solid var(--_accent);
        outline-offset: 1px;
      }
      [part='role'] {
        border-block-start: 1px solid var(--_border);
        padding-block: calc(var(--_space) * 0.75) 0;
      }
      .choose {
        border: 0;
        padding: 0;
        font-weight: inherit;
        text-align: start;
        text-decoration: underline;
        text-underline-offset: 0.15em;
      }
    `;

/** What the directory's view needs from its element. */
export interface DirectoryContext {
  l: Labels;
  locale: string;
  query: string;
  jobHref: string | undefined;
  heading: (offset: number, content: unknown) => TemplateResult;
  search: (query: string) => void;
  choose: (entry: RoleIndexItem, event: Event) => void;
}

/** Lower case, without accents: "Análisis" matches "analisis". */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * The roles matching every word of `query`: those whose title or other names match first, then those
 * that match only in their summary, each group in the index's order.
 */
export function search(index: RoleIndex, query: string): RoleIndexItem[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const matches = (text: string) => words.every((w) => text.includes(w));
  const byName: RoleIndexItem[] = [];
  const bySummary: RoleIndexItem[] = [];
  for (const role of index.roles) {
    const names = fold([role.title, ...(role.alsoKnownAs ?? [])].join(' '));
    if (matches(names)) byName.push(role);
    else if (matches(`${names} ${fold(role.summary)}`)) bySummary.push(role);
  }
  return [...byName, ...bySummary];
}

function entryOf(c: DirectoryContext, entry: RoleIndexItem): TemplateResult {
  const { l } = c;
  const href = entry.url ?? jobLink(c.jobHref, entry.id);
  const choose = (e: Event) => c.choose(entry, e);
  const title = href
    ? html`<a href=${href} @click=${choose}>${entry.title}</a>`
    : html`<button class="choose" type="button" @click=${choose}>${entry.title}</button>`;
  const s = entry.salary;
  return html`<li part="role">
    ${c.heading(1, title)}
    <p>${entry.tagline ?? entry.summary}</p>
    ${s ? html`<p class="muted">${l.salary(s.kind)}: ${formatMoney(s.amount, s.currency, c.locale)} ${l.period(s.period)}</p>` : nothing}
  </li>`;
}

/** The search field, the live count and the matching roles. */
export function renderDirectory(c: DirectoryContext, index: RoleIndex): TemplateResult {
  const { l } = c;
  const shown = search(index, c.query);
  return html`<label for="search">${l.search}</label>
    <input
      id="search"
      part="search"
      type="search"
      autocomplete="off"
      .value=${c.query}
      @input=${(e: Event) => c.search((e.target as HTMLInputElement).value)}
    />
    <p part="status" class="muted" role="status">${l.matches(shown.length, index.roles.length)}</p>
    <ul class="plain">
      ${shown.map((entry) => entryOf(c, entry))}
    </ul>`;
}
