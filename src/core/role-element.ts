import { ContextConsumer } from '@lit/context';
import { html, isServer, LitElement, nothing, type CSSResult, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { en, type Labels } from '../i18n/en.js';
import { englishErrors, errorLine, labelLanguage, loadedLabels, loadLabels, withOverrides } from '../i18n/labels.js';
import { roleContext, type LoadState, type SharedRole } from './context.js';
import type { Role } from '../schema/types.js';
import { JobErrorEvent, JobLoadEvent, type JobWidgetError } from './events.js';
import { parseJson } from './json.js';
import { failure, loadBundledRole, loadRemote, preloadValidator, validateRole, type Outcome, type Validate } from './load.js';
import { headingTemplate } from './heading.js';
import { firstLocale, resolveLocale } from './locale.js';
import { serverShared } from './server.js';
import { sheetsFor } from './sheets.js';
import { Prerendered } from './takeover.js';

/** How long an element waits for `src` before giving up, unless its `timeout` attribute says otherwise. */
export const DEFAULT_TIMEOUT_MS = 10_000;

export type { LoadState };

/**
 * Where the role comes from. Highest first: `data` > inline JSON > `src` > `job`; an element with
 * none of them shows what the provider around it shares.
 */
type Source =
  | { kind: 'data'; key: unknown }
  | { kind: 'inline'; key: string }
  | { kind: 'src'; key: string }
  | { kind: 'job'; key: string }
  | { kind: 'provided'; key: SharedRole }
  | { kind: 'none'; key?: undefined };

const INLINE_JSON = ':scope > script[type="application/json"]';

/** `heading-level`: a whole number from 1 to 6; anything else falls back to 2. */
export const headingLevelConverter = {
  fromAttribute(value: string | null): number {
    const level = Number(value);
    return Number.isInteger(level) && level >= 1 && level <= 6 ? level : 2;
  },
};

/** The longest wait a timer can take (2^31 − 1 ms, about 24.8 days): longer ones would fire at once. */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/** `timeout`: a positive number of milliseconds (at most about 24.8 days); anything else falls back to the default. */
export const timeoutConverter = {
  fromAttribute(value: string | null): number {
    const ms = Number(value);
    return value !== null && value.trim() !== '' && Number.isFinite(ms) && ms > 0 ? Math.min(ms, MAX_TIMEOUT_MS) : DEFAULT_TIMEOUT_MS;
  },
};

/** `theme`: `light`, `dark` or `auto`; anything else (or none) inherits the page's colours. */
export type Theme = 'light' | 'dark' | 'auto' | 'inherit';

/** `loading`: `lazy` or `eager` (the default for anything else); reflected only when lazy (the CSS keeps room then). */
const loadingConverter = {
  fromAttribute: (value: string | null): 'lazy' | 'eager' => (value?.trim().toLowerCase() === 'lazy' ? 'lazy' : 'eager'),
  toAttribute: (value: string): string | null => (value === 'lazy' ? value : null),
};

/**
 * What every element shares: it picks its source (the `data` property, inline JSON, `src`, `job`, else
 * the `<job-profile>` around it), loads and validates the document, keeps the `state` attribute, fires
 * `job-load` or `job-error` once per load, and shows the loading and error states.
 *
 * (For developers: the shared base class; each element renders only its ready state, in `renderRole`.)
 *
 * @fires {JobLoadEvent} job-load - The role loaded, validated and rendered. `detail: { data }`. Bubbles, composed.
 * @fires {JobErrorEvent} job-error - The role could not be shown. `detail: { error: { kind, message, issues, status?, id? } }`. Bubbles, composed.
 *
 * @csspart loading - The placeholder shown while loading.
 * @csspart error - The message shown when the role cannot be shown.
 * @csspart role-title - The role's title above a part's heading, when the part stands alone (not inside a `<job-profile>`).
 *
 * @cssprop --job-widget-accent - Accent colour of borders and focus rings. Default `#2563eb`.
 * @cssprop --job-widget-surface - Card background. Default `transparent` (the page shows through).
 * @cssprop --job-widget-border - Border colour. Default: the text colour at 22% opacity.
 * @cssprop --job-widget-radius - Corner radius. Default `0.5rem`.
 * @cssprop --job-widget-space - Base spacing. Default `1rem`.
 * @cssprop --job-widget-muted - Colour of secondary text (sources, notes). Default: the text colour at 78% opacity.
 * @cssprop --job-widget-link - Link colour. Default: the text colour.
 * @cssprop --job-widget-error - Accent of the error message. Default `#b91c1c`.
 * @cssprop --job-widget-loading-block-size - Height kept free while loading. Default `0px`: the element takes no space until it can show the role (the "Loading…" text is for assistive technology only).
 * @cssprop --job-widget-lazy-block-size - Height a `loading="lazy"` element keeps free while it waits and loads. Default `10rem`.
 * @cssprop --job-widget-text - Text colour. Default: the page's (or the theme's).
 */
export abstract class RoleElement<T = Role> extends LitElement {
  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    src: {},
    job: {},
    timeout: { converter: timeoutConverter },
    loading: { converter: loadingConverter, reflect: true },
    locale: {},
    headingLevel: { attribute: 'heading-level', converter: headingLevelConverter },
    state: { reflect: true },
    labels: { attribute: false },
    theme: { reflect: true },
    embedded: { type: Boolean, reflect: true },
    empty: { type: Boolean, reflect: true },
    roleData: { state: true, attribute: false },
    error: { state: true, attribute: false },
  };

  /**
   * Role data as an object, for frameworks and scripts. Validated like every source; wins over inline
   * JSON, `src` and `job`. Set a new object to show new data (mutating the old one is not observed);
   * set `undefined` to fall back to the next source.
   */
  data?: unknown;

  /** URL of a role JSON document, absolute or relative to the page. Used when there is no `data` or inline JSON. */
  src?: string;

  /** The id of a bundled role, e.g. `back-end-developer`. Used when no other source is given. */
  job?: string;

  /** How long to wait for `src`, in milliseconds, retries included. */
  timeout = DEFAULT_TIMEOUT_MS;

  /**
   * `lazy` waits to fetch `src` (or a bundled role) until the element nears the viewport; default `eager`.
   * A lazy element keeps `--job-widget-lazy-block-size` (default `10rem`) free while it waits, so that
   * lazy elements one after another are not all "near the viewport" at once.
   */
  loading: 'lazy' | 'eager' = 'eager';

  /** BCP 47 locale for numbers and dates; defaults to the nearest `lang` attribute, then `en-US`. */
  locale?: string;

  /** Level of the element's top heading (1–6); sub-headings follow below it. */
  headingLevel = 2;

  /** `loading`, `ready` or `error`, reflected so a host page can style each state. Read-only. */
  state: LoadState = 'loading';

  /**
   * Overrides for any of the printed labels, e.g. `{ skills: 'What to learn' }`, on top of the label
   * set chosen by the locale (English or Spanish).
   */
  labels?: Partial<Labels>;

  /**
   * `light` or `dark` draws the card in that scheme, `auto` follows the visitor's
   * `prefers-color-scheme`; without it the card inherits the page's colours. Parts inherit a
   * provider's theme.
   */
  theme?: Theme;

  /** Set by `<job-profile>` on the parts it is made of: no card border of its own. */
  embedded = false;

  /** Reflected when the role has no data for this element's section, which then renders nothing. Read-only. */
  empty = false;

  /** The validated role, once `state` is `ready`. */
  protected roleData?: T;

  /** Why loading failed, once `state` is `error`. */
  protected error?: JobWidgetError;

  /** The source of the current (or last) load; a different source starts a new load. */
  #source?: Source;
  /** What the provider around this element shares, if there is one (parts only). */
  #provided?: SharedRole;
  /** The label set of the resolved locale's language, once loaded. */
  #labelSet: Labels = en;
  /** Incremented per load, so a late result of an earlier load never overwrites a newer one. */
  #loadToken = 0;
  /** Stops what the current load waits for (a request, or the element coming into view). */
  #cancelWait?: () => void;
  /** Watches for inline JSON being added, edited or removed (browser only: created on connect). */
  #childObserver?: MutationObserver;
  /** The card rendered on the server, shown until this element has rendered its own. */
  readonly #prerendered?: Prerendered;

  /**
   * Loads the code that renders this element's role, when it lives in a chunk of its own (elements a
   * page rarely needs, which would otherwise weigh on every page's first module). Started when the
   * element connects, and awaited with the data, so it costs no extra round trip. Resolves once loaded;
   * calling it again costs nothing.
   */
  static loadView?: () => Promise<unknown>;

  /** CSS that came with the view chunk (once loaded): adopted by the shadow root before the first render that needs it. */
  static viewStyles?: () => CSSResult | undefined;

  /** Marks job-widgets' own elements: a tag defined by another copy of job-widgets is not a collision (define.ts). */
  static readonly jobWidgets = true;

  /** Parts listen for a provider around them; providers (and the directory) do not. */
  protected static readonly consumes: boolean = true;

  /** How this element's documents are validated: as roles, unless a subclass says otherwise. */
  protected readonly validate: Validate<T> = validateRole as unknown as Validate<T>;

  constructor() {
    super();
    if (!isServer) this.#prerendered = new Prerendered(this);
    if ((this.constructor as typeof RoleElement).consumes) {
      new ContextConsumer(this, {
        context: roleContext,
        subscribe: true,
        callback: (shared) => {
          this.#provided = shared;
          this.requestUpdate();
        },
      });
    }
  }

  /** The validated document being shown (a role; for `<job-directory>`, its index), once `state` is `ready`. */
  get profile(): T | undefined {
    return this.roleData;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Inline JSON may be added, edited or removed at any time; a change re-picks the source.
    this.#childObserver ??= new MutationObserver(() => this.requestUpdate());
    // (A part inside a profile gets its role without loading: it renders once its view is here.)
    void (this.constructor as typeof RoleElement).loadView?.().then(
      () => this.requestUpdate(),
      (cause: unknown) => {
        // (An element loading its own source reports this itself; a part inside a profile would stay blank.)
        this.#viewError = { kind: 'load-failed', message: String(cause), issues: [] };
        this.requestUpdate();
      },
    );
    // (`type` too: a script whose type becomes application/json later is inline JSON from then on.)
    this.#childObserver.observe(this, { childList: true, subtree: true, characterData: true, attributeFilter: ['type'] });
    if (this.#source === undefined && this.hasUpdated) this.requestUpdate();
    if (this.state === 'error' && this.error?.kind === 'network') this.#reloadWhenOnline();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#childObserver?.disconnect();
    window.removeEventListener('online', this.#onOnline);
    // A part taken out of its provider must not keep the provider's role: reconnecting re-asks.
    this.#provided = undefined;
    if (this.#source?.kind === 'provided') this.#source = undefined;
    if (this.state === 'loading') {
      // Stop waiting (the request is aborted if no other element wants it); reconnecting starts over.
      this.#cancelWait?.();
      this.#cancelWait = undefined;
      this.#loadToken++;
      this.#source = undefined;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // One conversion for attributes and properties: a property set from script (`headingLevel = '3'`,
    // `timeout = Infinity`) goes through its attribute's converter too.
    for (const key of changed.keys()) {
      const from = (this.constructor as typeof LitElement).elementProperties.get(key)?.converter as { fromAttribute?: (v: string | null) => unknown } | undefined;
      const value = this[key as keyof this] as unknown;
      if (from?.fromAttribute) (this as Record<PropertyKey, unknown>)[key] = from.fromAttribute(value == null ? null : String(value));
    }
    if (isServer) {
      // The server renderer validated the document and passes it, with the locale, in `serverShared`.
      this.#provided = serverShared;
      if (serverShared) this.#showProvided(serverShared);
      this.#labelSet = loadedLabels(labelLanguage(this.resolvedLocale)) ?? en;
      this.empty = !!this.roleData && !this.hasSection(this.roleData);
      return;
    }
    const source = this.#pickSource();
    if (!this.isConnected) {
      this.#source = undefined; // a removed element loads nothing; connecting again starts over
    } else if (source.kind !== this.#source?.kind || source.key !== this.#source.key) {
      this.#source = source;
      if (source.kind === 'provided') this.#showProvided(source.key);
      else void this.#load(source);
    }
    const language = labelLanguage(this.resolvedLocale);
    const set = loadedLabels(language);
    if (set) this.#labelSet = set;
    else void loadLabels(language).then((loaded) => loaded !== this.#labelSet && this.requestUpdate());
    // (A prerendered card keeps its `empty` until the element has data of its own.)
    if (!this.#prerendered?.shown || this.roleData) {
      this.empty = this.state === 'ready' && !!this.roleData && !this.hasSection(this.roleData);
    }
  }

  #pickSource(): Source {
    if (this.data !== undefined && this.data !== null) return { kind: 'data', key: this.data };
    const inline = this.querySelector(INLINE_JSON);
    if (inline) return { kind: 'inline', key: inline.textContent ?? '' };
    const src = this.src?.trim();
    if (src) return { kind: 'src', key: src };
    const id = this.job?.trim().toLowerCase(); // lenient: ids are lower-case, so "Back-End-Developer" works
    if (id) return { kind: 'job', key: id };
    return this.#provided ? { kind: 'provided', key: this.#provided } : { kind: 'none' };
  }

  /** Mirrors the provider's state; the provider fired the events, so this element fires none. */
  #showProvided(shared: SharedRole): void {
    this.#cancelWait?.();
    this.#cancelWait = undefined;
    this.#loadToken++;
    this.state = shared.state;
    this.roleData = shared.role as T | undefined;
    this.error = shared.error;
  }

  /**
   * Starts loading, with the data, code that rendering will likely need: so it arrives in the same
   * round trip as the data instead of after it (`prepare` then finds it loaded).
   */
  protected prefetch(_source: { kind: string; key?: unknown }, _language: string): Promise<unknown> | undefined {
    return undefined;
  }

  /** Loads what rendering `data` needs besides the data itself, before the element shows it. */
  protected prepare(_data: T, _labels: Labels): Promise<unknown> | undefined {
    return undefined;
  }

  /** Whether the role has data for this element's section; an element without it renders nothing. */
  protected hasSection(_role: T): boolean {
    return true;
  }

  async #load(source: Source): Promise<void> {
    this.#cancelWait?.();
    this.#cancelWait = undefined;
    const token = ++this.#loadToken;
    // A prerendered card of this source is already showing its role: it stays `ready` while the data loads.
    if (!this.#prerendered?.keepsFor(source.key)) this.state = 'loading';
    this.roleData = undefined;
    this.error = undefined;
    let outcome: Outcome<T>;
    try {
      const remote = source.kind === 'src' || source.kind === 'job';
      if (remote && this.loading === 'lazy' && !(await this.#whenNearViewport())) return;
      const [fetched, labels] = await Promise.all([
        this.#fetchSource(source, token),
        loadLabels(labelLanguage(this.resolvedLocale)),
        (this.constructor as typeof RoleElement).loadView?.(),
        this.prefetch(source, labelLanguage(this.resolvedLocale))?.catch(() => undefined),
      ]);
      outcome = fetched;
      // What the first render needs besides the data (the FAQ writer), so it shows complete at once.
      if (outcome.ok && token === this.#loadToken) {
        await Promise.resolve(this.prepare(outcome.data, withOverrides(labels, this.labels ?? this.#provided?.labels))).catch(() => undefined);
      }
    } catch (cause) {
      outcome = failure('load-failed', `Loading the role failed: ${String(cause)}`);
    }
    if (token !== this.#loadToken) return;
    this.#cancelWait = undefined;
    if (outcome.ok) {
      this.roleData = outcome.data;
      this.state = 'ready';
    } else {
      // The English error lines, unless the label set has this one (offline, the offline line is built in).
      if (!this.l.errors?.[outcome.error.kind]) await englishErrors.load().catch(() => undefined);
      if (token !== this.#loadToken) return;
      this.error = outcome.error;
      // A prerendered card of this very source stays, `ready` (what it shows is right); the event
      // tells the page. For any other source the error replaces it.
      if (!this.#prerendered?.keepsFor(source.key)) this.state = 'error';
      const { message, issues } = outcome.error;
      console.warn(`<${this.localName}>: ${message}${issues.map((i) => `\n  ${i.path || '(document)'}: ${i.message}`).join('')}`);
      if (outcome.error.kind === 'network') this.#reloadWhenOnline();
    }
    await this.updateComplete;
    if (token !== this.#loadToken) return;
    this.dispatchEvent(outcome.ok ? new JobLoadEvent(outcome.data) : new JobErrorEvent(outcome.error));
  }

  async #fetchSource(source: Source, token: number): Promise<Outcome<T>> {
    switch (source.kind) {
      case 'data':
        return this.validate(source.key);
      case 'inline': {
        const json = await parseJson(source.key);
        return json.ok ? this.validate(json.value) : failure('invalid-json', `Invalid inline JSON: ${json.message}.`);
      }
      case 'src': {
        preloadValidator();
        const { requestDocument } = await loadRemote(); // (which checks the URL)
        if (token !== this.#loadToken) return failure('network', 'Superseded.'); // nobody will see this
        const request = requestDocument(source.key, this.timeout, this.validate);
        this.#cancelWait = request.cancel;
        return request.outcome;
      }
      case 'job':
        return this.loadJob(source.key);
      default:
        return (
          this.fallback() ??
          failure('no-source', 'No role data: set the "job" attribute, "src", inline JSON or the "data" property.')
        );
    }
  }

  /** Loads the bundled role `id`. */
  protected loadJob(id: string): Promise<Outcome<T>> {
    return loadBundledRole(id) as Promise<Outcome<T>>;
  }

  /** What to show without a source of its own or a provider: nothing (an error) unless a subclass has a default. */
  protected fallback(): Promise<Outcome<T>> | undefined {
    return undefined;
  }

  /** The first words of the error message. */
  protected get errorTitle(): string {
    return this.l.errorTitle;
  }

  /** Resolves true once the element is within a margin of the viewport, false if the wait is cancelled. */
  #whenNearViewport(): Promise<boolean> {
    return new Promise((resolve) => {
      const observer = new IntersectionObserver(
        (entries) => {
          if (!entries.some((entry) => entry.isIntersecting)) return;
          observer.disconnect();
          resolve(true);
        },
        { rootMargin: '400px' },
      );
      observer.observe(this);
      this.#cancelWait = () => {
        observer.disconnect();
        resolve(false);
      };
    });
  }

  #reloadWhenOnline(): void {
    if (navigator.onLine === false) window.addEventListener('online', this.#onOnline, { once: true });
  }

  readonly #onOnline = (): void => {
    if (this.state !== 'error') return;
    this.#source = undefined;
    this.requestUpdate();
  };

  #merged?: { set: Labels; overrides: Partial<Labels> | undefined; labels: Labels };

  /** The labels to print: the set for the resolved locale, with the host's overrides on top. */
  protected get l(): Labels {
    const overrides = this.labels ?? this.#provided?.labels;
    const m = this.#merged;
    if (m?.set !== this.#labelSet || m.overrides !== overrides) {
      this.#merged = { set: this.#labelSet, overrides, labels: withOverrides(this.#labelSet, overrides) };
    }
    return this.#merged!.labels;
  }

  /** The locale numbers and dates are formatted in: own `locale`, the provider's, else the nearest `lang`. */
  protected get resolvedLocale(): string {
    if (isServer) return firstLocale(this.locale, this.#provided?.locale) ?? 'en-US';
    return resolveLocale(this, this.locale, this.#provided?.locale);
  }

  /** The link template for bundled roles: own `job-href` (parts that have it), else the provider's. */
  protected get providedJobHref(): string | undefined {
    return this.#provided?.jobHref;
  }

  /** A heading `offset` levels below the element's own. */
  protected heading(offset: number, content: unknown, part = 'heading'): TemplateResult {
    return headingTemplate(this.headingLevel + offset, content, part);
  }


  protected abstract renderRole(role: T): unknown;

  /** A part's frame: its own card when it stands alone, a plain section inside `<job-profile>`. */
  protected frame(title: string, content: unknown): TemplateResult {
    // Standing alone, a part says which role it shows ("Back-end Developer" above "Skills to learn");
    // inside a profile, the profile's title says it.
    // (On the server every element is given its role like a provider would; only `embedded` parts are inside one.)
    const inProfile = this.embedded || (!isServer && this.#provided);
    const role = inProfile ? undefined : (this.roleData as { title?: string } | undefined)?.title;
    const heading = role ? html`<span part="role-title" class="role">${role}</span><span class="vh">: </span>${title}` : title;
    return html`<section part=${this.embedded ? 'section' : 'card'} class=${this.embedded ? 'section' : 'card'} lang=${this.l.lang}>
      ${this.heading(0, heading)}${content}
    </section>`;
  }

  protected renderError(error: JobWidgetError): TemplateResult {
    const l = this.l;
    const detail = errorLine(l, error.kind, {
      id: error.id,
      status: error.status,
      issues: error.issues.length,
      offline: navigator.onLine === false,
    });
    return html`<div part="error" class="error" role="alert" lang=${l.lang}>
      <p><strong>${this.errorTitle}</strong> ${detail}</p>
    </div>`;
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    // A prerendered card keeps its own styles until it is released (styles adopted now would come
    // after them in the cascade, and the view's CSS may not be here yet); and Lit renders after its
    // nodes, not before them, so that removing them leaves Lit's own in place.
    if (this.#prerendered?.shown) return this.shadowRoot!;
    const root = this.shadowRoot ?? this.attachShadow((this.constructor as typeof LitElement).shadowRootOptions);
    this.#adoptStyles(root);
    return root;
  }

  /** Moved into another document (an iframe): its styles are made anew there (see sheets.ts). */
  adoptedCallback(): void {
    if (this.hasUpdated && !this.#prerendered?.shown) this.#adoptStyles(this.renderRoot as ShadowRoot);
  }

  /** The element's styles, and its view's once adopted, in the shadow root's own document. */
  #adoptStyles(root: ShadowRoot): void {
    const ctor = this.constructor as typeof RoleElement;
    root.adoptedStyleSheets = sheetsFor(root, [...ctor.elementStyles, this.#viewStylesAdopted ? ctor.viewStyles?.() : undefined]);
  }

  /** The first render with data replaces a prerendered card, in the same task (see takeover.ts). */
  protected override update(changed: PropertyValues<this>): void {
    if (this.#prerendered?.shown && ((this.state === 'ready' && this.roleData) || this.state === 'error')) {
      // The element's styles take over from the card's in the same task as its nodes are removed.
      this.#prerendered.release();
      this.#adoptStyles(this.renderRoot as ShadowRoot);
    }
    this.#adoptViewStyles();
    super.update(changed);
  }

  #viewStylesAdopted = false;
  /** Why this element's view chunk could not load, if it could not. */
  #viewError?: JobWidgetError;

  /** Adds the view's CSS (once it is here) after the element's own, unless a prerendered card still shows. */
  #adoptViewStyles(): void {
    if (this.#viewStylesAdopted || isServer || this.#prerendered?.shown) return;
    if (!(this.constructor as typeof RoleElement).viewStyles?.()) return;
    this.#viewStylesAdopted = true;
    this.#adoptStyles(this.renderRoot as ShadowRoot);
  }

  protected override render(): unknown {
    if (this.#prerendered?.shown && this.state === 'ready' && !this.roleData) return nothing; // keep it on screen
    if (this.state === 'ready' && this.#viewError) return this.renderError(this.#viewError);
    if (this.state === 'ready' && this.roleData) return this.empty ? null : this.renderRole(this.roleData);
    if (this.state === 'error' && this.error) return this.renderError(this.error);
    const l = this.l;
    return html`<div part="loading" class="loading" aria-busy="true" lang=${l.lang}><p>${l.loading}</p></div>`;
  }
}
