import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { en, type Labels } from '../i18n/en.js';
import type { Role } from '../schema/role.js';
import { JobErrorEvent, JobLoadEvent, type JobWidgetError } from './events.js';
import { failure, loadBundledRole, validateRole, type LoadOutcome } from './load.js';
import { resolveLocale } from './locale.js';

export type LoadState = 'loading' | 'ready' | 'error';

/** Where the role comes from; the first one set wins, in this order. */
type Source = { kind: 'data'; value: unknown } | { kind: 'job'; id: string } | { kind: 'none' };

const sameSource = (a: Source | undefined, b: Source): boolean =>
  a?.kind === b.kind &&
  (a.kind !== 'data' || a.value === (b as typeof a).value) &&
  (a.kind !== 'job' || a.id === (b as typeof a).id);

/** `heading-level`: a whole number from 1 to 6; anything else falls back to 2. */
const headingLevelConverter = {
  fromAttribute(value: string | null): number {
    const level = Number(value);
    return Number.isInteger(level) && level >= 1 && level <= 6 ? level : 2;
  },
};

/**
 * The shared base of every element that shows role data: it finds the data, validates it, keeps the
 * `state` attribute, fires `job-load` / `job-error` once per load and renders the loading and error
 * states. Subclasses render only the ready state, in `renderRole`.
 *
 * @fires job-load - The role loaded, validated and rendered. `detail: { data }`. Bubbles, composed.
 * @fires job-error - The role could not be shown. `detail: { error: { kind, message, issues } }`. Bubbles, composed.
 *
 * @csspart loading - The placeholder shown while loading.
 * @csspart error - The message shown when the role cannot be shown.
 *
 * @cssprop --job-widget-accent - Accent colour of borders and focus rings. Default `#2563eb`.
 * @cssprop --job-widget-surface - Card background. Default `transparent` (the page shows through).
 * @cssprop --job-widget-border - Border colour. Default: the text colour at 22% opacity.
 * @cssprop --job-widget-radius - Corner radius. Default `0.5rem`.
 * @cssprop --job-widget-space - Base spacing. Default `1rem`.
 * @cssprop --job-widget-muted - Colour of secondary text (sources, notes). Default: the text colour at 78% opacity.
 * @cssprop --job-widget-link - Link colour. Default: the text colour.
 * @cssprop --job-widget-error - Accent of the error message. Default `#b91c1c`.
 * @cssprop --job-widget-loading-block-size - Height kept free while loading. Default `24rem`.
 */
export abstract class RoleElement extends LitElement {
  /**
   * Role data as an object (for frameworks and scripts). It is validated like any other source and
   * wins over `job`. Set it to a new object to show new data; mutating the old one is not observed.
   */
  @property({ attribute: false }) data?: unknown;

  /** The id of a bundled role, e.g. `back-end-developer`. */
  @property() job?: string;

  /** BCP 47 locale for numbers and dates; defaults to the nearest `lang` attribute, then `en-US`. */
  @property() locale?: string;

  /** Level of the element's top heading (1–6); sub-headings follow below it. */
  @property({ attribute: 'heading-level', converter: headingLevelConverter }) headingLevel = 2;

  /** `loading`, `ready` or `error`, reflected so a host page can style each state. Read-only. */
  @property({ reflect: true }) state: LoadState = 'loading';

  /** The validated role, once `state` is `ready`. */
  @state() protected roleData?: Role;

  /** Why loading failed, once `state` is `error`. */
  @state() protected error?: JobWidgetError;

  /** The source of the current (or last) load; a different source starts a new load. */
  private source?: Source;
  /** Incremented per load, so a late result of an earlier load never overwrites a newer one. */
  private loadToken = 0;

  /** The validated role being shown, once `state` is `ready`; `undefined` otherwise. */
  get profile(): Role | undefined {
    return this.roleData;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const source = this.pickSource();
    if (!sameSource(this.source, source)) {
      this.source = source;
      void this.load(source);
    }
  }

  private pickSource(): Source {
    if (this.data !== undefined && this.data !== null) return { kind: 'data', value: this.data };
    const id = this.job?.trim().toLowerCase(); // lenient: ids are lower-case, so "Back-End-Developer" works
    return id ? { kind: 'job', id } : { kind: 'none' };
  }

  private async load(source: Source): Promise<void> {
    const token = ++this.loadToken;
    this.state = 'loading';
    this.roleData = undefined;
    this.error = undefined;
    let outcome: LoadOutcome;
    try {
      outcome =
        source.kind === 'data'
          ? await validateRole(source.value)
          : source.kind === 'job'
            ? await loadBundledRole(source.id)
            : failure('no-source', 'No role data: set the "job" attribute to the id of a bundled role.');
    } catch (cause) {
      outcome = failure('load-failed', `Loading the role failed: ${String(cause)}`);
    }
    if (token !== this.loadToken) return;
    if (outcome.ok) {
      this.roleData = outcome.data;
      this.state = 'ready';
    } else {
      this.error = outcome.error;
      this.state = 'error';
      const { message, issues } = outcome.error;
      console.warn(`<${this.localName}>: ${message}${issues.map((i) => `\n  ${i.path || '(document)'}: ${i.message}`).join('')}`);
    }
    await this.updateComplete;
    if (token !== this.loadToken) return;
    this.dispatchEvent(outcome.ok ? new JobLoadEvent(outcome.data) : new JobErrorEvent(outcome.error));
  }

  /** The label set for the resolved locale. */
  protected get labels(): Labels {
    return en;
  }

  /** The locale numbers and dates are formatted in, resolved at render time. */
  protected get resolvedLocale(): string {
    return resolveLocale(this, this.locale);
  }

  /** A heading `offset` levels below the element's own (capped at 6). */
  protected heading(offset: number, content: unknown, part = 'heading'): TemplateResult {
    const level = Math.min(6, this.headingLevel + offset);
    switch (level) {
      case 1:
        return html`<h1 part=${part}>${content}</h1>`;
      case 2:
        return html`<h2 part=${part}>${content}</h2>`;
      case 3:
        return html`<h3 part=${part}>${content}</h3>`;
      case 4:
        return html`<h4 part=${part}>${content}</h4>`;
      case 5:
        return html`<h5 part=${part}>${content}</h5>`;
      default:
        return html`<h6 part=${part}>${content}</h6>`;
    }
  }

  protected abstract renderRole(role: Role): unknown;

  protected renderError(error: JobWidgetError): TemplateResult {
    const l = this.labels;
    const detail =
      error.kind === 'no-source'
        ? l.errorNoSource
        : error.kind === 'unknown-job'
          ? l.errorUnknownJob(this.source?.kind === 'job' ? this.source.id : '')
          : error.kind === 'invalid-data'
            ? l.errorInvalidData(error.issues.length)
            : l.errorLoadFailed;
    return html`<div part="error" class="error" role="alert" lang=${l.lang}>
      <p><strong>${l.errorTitle}</strong> ${detail}</p>
    </div>`;
  }

  protected override render(): unknown {
    if (this.state === 'ready' && this.roleData) return this.renderRole(this.roleData);
    if (this.state === 'error' && this.error) return this.renderError(this.error);
    const l = this.labels;
    return html`<div part="loading" class="loading" aria-busy="true" lang=${l.lang}><p>${l.loading}</p></div>`;
  }
}
