import { css, html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { bundledIndex } from '../data/bundled.js';
import { JobErrorEvent, type JobWidgetError } from '../core/events.js';
import { formatMoney } from '../core/format.js';
import { failure, preloadValidator, validateRoleIndex, type Outcome } from '../core/load.js';
import { headingTemplate } from '../core/heading.js';
import { resolveLocale } from '../core/locale.js';
import { DEFAULT_TIMEOUT_MS, headingLevelConverter, timeoutConverter, type LoadState, type Theme } from '../core/role-element.js';
import { baseStyles } from '../core/styles.js';
import { en, type Labels } from '../i18n/en.js';
import { labelLanguage, loadedLabels, loadLabels, withOverrides } from '../i18n/labels.js';
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
 * @fires job-select - A role was chosen. `detail: { id, entry }`. Cancelable: `preventDefault()` keeps a link from navigating.
 * @fires job-error - The index could not be loaded. `detail: { error: { kind, message, issues } }`.
 *
 * @csspart card - The directory's box.
 * @csspart heading - The heading and each role's title.
 * @csspart search - The search field.
 * @csspart status - The live count of matching roles.
 * @csspart role - One role in the list.
 * @csspart error - The message shown when the index cannot be loaded.
 */
export class JobDirectoryElement extends LitElement {
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

  /** URL of a role index (`{ "roles": [{ "id", "title", "summary", "salary"?, "url"? }] }`); default: the bundled roles. */
  @property() src?: string;

  /** Where a role links: a template with `{id}`, e.g. `/careers/{id}`. Without it (and without `url` in the index), choosing a role only fires `job-select`. */
  @property({ attribute: 'job-href' }) jobHref?: string;

  /** How long to wait for `src`, in milliseconds. */
  @property({ converter: timeoutConverter }) timeout = DEFAULT_TIMEOUT_MS;

  /** BCP 47 locale for numbers; defaults to the nearest `lang` attribute, then `en-US`. */
  @property() locale?: string;

  /** Level of the directory's heading (1–6); role titles are one level below. */
  @property({ attribute: 'heading-level', converter: headingLevelConverter }) headingLevel = 2;

  /** `loading`, `ready` or `error`. Read-only. */
  @property({ reflect: true }) state: LoadState = 'loading';

  /** `light`, `dark` or `auto`; without it the page's colours. */
  @property({ reflect: true }) theme?: Theme;

  /** Overrides for any of the printed labels. */
  @property({ attribute: false }) labels?: Partial<Labels>;

  /** What the visitor has typed into the search field. */
  @state() private query = '';
  @state() private index?: RoleIndex;
  @state() private error?: JobWidgetError;
  @state() private labelSet: Labels = en;
  private loadedFor?: string;
  private loadToken = 0;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const key = this.src?.trim() ?? '';
    if (key !== this.loadedFor) {
      this.loadedFor = key;
      void this.load(key);
    }
    const language = labelLanguage(resolveLocale(this, this.locale));
    const set = loadedLabels(language);
    if (set) this.labelSet = set;
    else void loadLabels(language).then((loaded) => (this.labelSet = loaded));
  }

  private async load(src: string): Promise<void> {
    const token = ++this.loadToken;
    this.state = 'loading';
    let outcome: Outcome<RoleIndex>;
    try {
      if (!src) {
        outcome = await validateRoleIndex(await bundledIndex());
      } else {
        const url = new URL(src, document.baseURI);
        if (url.protocol !== 'https:' && url.protocol !== 'http:') {
          outcome = failure('invalid-src', `The src "${src}" is not an http(s) URL.`);
        } else {
          preloadValidator();
          const { requestDocument } = await import('../core/remote.js');
          outcome = await requestDocument(url.href, this.timeout, validateRoleIndex).outcome;
        }
      }
    } catch (cause) {
      outcome = failure('load-failed', `The role index could not be loaded: ${String(cause)}`);
    }
    if (token !== this.loadToken) return;
    if (outcome.ok) {
      this.index = outcome.data;
      this.error = undefined;
      this.state = 'ready';
    } else {
      this.index = undefined;
      this.error = outcome.error;
      this.state = 'error';
      console.warn(`<job-directory>: ${outcome.error.message}`);
      this.dispatchEvent(new JobErrorEvent(outcome.error));
    }
  }

  private get l(): Labels {
    return withOverrides(this.labelSet, this.labels);
  }

  private get results(): RoleIndexItem[] {
    const roles = this.index?.roles ?? [];
    const words = fold(this.query).split(/\s+/).filter(Boolean);
    return roles.filter((r) => {
      const text = fold(`${r.title} ${r.summary}`);
      return words.every((w) => text.includes(w));
    });
  }

  private choose(entry: RoleIndexItem, event: Event): void {
    if (!this.dispatchEvent(new JobSelectEvent(entry))) event.preventDefault();
  }

  /** A heading `offset` levels below the element's own. */
  private heading(offset: number, content: unknown, part = 'heading'): TemplateResult {
    return headingTemplate(this.headingLevel + offset, content, part);
  }


  private renderEntry(entry: RoleIndexItem, locale: string): TemplateResult {
    const l = this.l;
    const href = entry.url ?? jobLink(this.jobHref, entry.id);
    const title = href
      ? html`<a href=${href} @click=${(e: Event) => this.choose(entry, e)}>${entry.title}</a>`
      : html`<button class="choose" type="button" @click=${(e: Event) => this.choose(entry, e)}>${entry.title}</button>`;
    const s = entry.salary;
    return html`<li part="role">
      ${this.heading(1, title)}
      <p>${entry.summary}</p>
      ${s ? html`<p class="muted">${l.salary(s.kind)}: ${l.perPeriod(formatMoney(s.amount, s.currency, locale), s.period)}</p>` : nothing}
    </li>`;
  }

  protected override render(): TemplateResult {
    const l = this.l;
    if (this.state === 'error' && this.error) {
      const detail = l.errors[this.error.kind]({ status: this.error.status, issues: this.error.issues.length, offline: navigator.onLine === false });
      return html`<div part="error" class="error" role="alert" lang=${l.lang}>
        <p><strong>${l.directoryError}</strong> ${detail}</p>
      </div>`;
    }
    const total = this.index?.roles.length ?? 0;
    const shown = this.results;
    const locale = resolveLocale(this, this.locale);
    return html`<section part="card" class="card" lang=${l.lang}>
      ${this.heading(0, l.directory)}
      <label for="search">${l.search}</label>
      <input
        id="search"
        part="search"
        type="search"
        autocomplete="off"
        .value=${this.query}
        @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)}
      />
      <p part="status" class="muted" role="status">${this.state === 'ready' ? l.matches(shown.length, total) : l.loading}</p>
      <ul class="plain">
        ${shown.map((entry) => this.renderEntry(entry, locale))}
      </ul>
    </section>`;
  }
}
