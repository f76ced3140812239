import { css, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { bundledIndex } from '../data/bundled.js';
import { formatMoney } from '../core/format.js';
import { validateRoleIndex, type Outcome } from '../core/load.js';
import { RoleElement } from '../core/role-element.js';
import { baseStyles } from '../core/styles.js';
import { jobLink } from '../related-jobs/related-jobs.component.js';
import type { RoleIndex, RoleIndexItem } from '../schema/role.js';

/** Fired when a visitor chooses a role. Cancelable: `preventDefault()` keeps a link from navigating. */
export class JobSelectEvent extends CustomEvent<{ id: string; entry: RoleIndexItem }> {
  constructor(entry: RoleIndexItem) {
    super('job-select', { detail: { id: entry.id, entry }, bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'job-select': JobSelectEvent;
  }
}

/** Lower case, without accents: "Análisis" matches "analisis". */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * @tagname job-directory
 * @summary A searchable list of roles, the bundled ones or those of a JSON index given by `src`: each
 * with its title, one line and headline salary. Choosing one fires `job-select` (and follows the link
 * when `job-href` or the index gives one), so a page can show the chosen profile beside the list.
 *
 * It loads its index like the other elements load a role (`data`, inline JSON, `src`; `job` is not
 * used), with the same states, errors and events (`job-load` carries the index).
 *
 * @fires job-select - A role was chosen. `detail: { id, entry }`. Cancelable: `preventDefault()` keeps a link from navigating.
 *
 * @csspart card - The directory's box.
 * @csspart heading - The heading and each role's title.
 * @csspart search - The search field.
 * @csspart status - The live count of matching roles.
 * @csspart role - One role in the list.
 * @csspart error - The message shown when the index cannot be loaded.
 */
export class JobDirectoryElement extends RoleElement<RoleIndex> {
  static override styles = [
    baseStyles,
    css`
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
    `,
  ];

  protected static override readonly consumes = false;
  protected override readonly validate = validateRoleIndex;

  /** Where a role links: a template with `{id}`, e.g. `/careers/{id}`. Without it (and without `url` in the index), choosing a role only fires `job-select`. */
  @property({ attribute: 'job-href' }) jobHref?: string;

  /** What the visitor has typed into the search field. */
  @state() private query = '';

  /** Without a source of its own, the directory lists the bundled roles. */
  protected override fallback(): Promise<Outcome<RoleIndex>> {
    return bundledIndex().then(validateRoleIndex);
  }

  protected override loadJob(): Promise<Outcome<RoleIndex>> {
    return this.fallback();
  }

  protected override get errorTitle(): string {
    return this.l.directoryError;
  }

  #results(index: RoleIndex): RoleIndexItem[] {
    const words = fold(this.query).split(/\s+/).filter(Boolean);
    return index.roles.filter((r) => {
      const text = fold(`${r.title} ${r.summary}`);
      return words.every((w) => text.includes(w));
    });
  }

  #choose(entry: RoleIndexItem, event: Event): void {
    if (!this.dispatchEvent(new JobSelectEvent(entry))) event.preventDefault();
  }

  #renderEntry(entry: RoleIndexItem, locale: string): TemplateResult {
    const l = this.l;
    const href = entry.url ?? jobLink(this.jobHref, entry.id);
    const title = href
      ? html`<a href=${href} @click=${(e: Event) => this.#choose(entry, e)}>${entry.title}</a>`
      : html`<button class="choose" type="button" @click=${(e: Event) => this.#choose(entry, e)}>${entry.title}</button>`;
    const s = entry.salary;
    return html`<li part="role">
      ${this.heading(1, title)}
      <p>${entry.summary}</p>
      ${s ? html`<p class="muted">${l.salary(s.kind)}: ${l.perPeriod(formatMoney(s.amount, s.currency, locale), s.period)}</p>` : nothing}
    </li>`;
  }

  protected renderRole(index: RoleIndex): TemplateResult {
    const l = this.l;
    const shown = this.#results(index);
    const locale = this.resolvedLocale;
    return this.frame(
      l.directory,
      html`<label for="search">${l.search}</label>
        <input
          id="search"
          part="search"
          type="search"
          autocomplete="off"
          .value=${this.query}
          @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)}
        />
        <p part="status" class="muted" role="status">${l.matches(shown.length, index.roles.length)}</p>
        <ul class="plain">
          ${shown.map((entry) => this.#renderEntry(entry, locale))}
        </ul>`,
    );
  }
}
