import { isServer, LitElement, nothing, type CSSResult, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { Labels } from '../i18n/en.js';
import { labelLanguage } from '../i18n/labels.js';
import type { Role } from '../schema/types.js';
import type { LoadState } from './context.js';
import { convertProperties, headingLevelConverter, loadingConverter, timeoutConverter, type Theme } from './converters.js';
import { ElementView } from './element-view.js';
import type { JobWidgetError } from './events.js';
import { errorTemplate, frameTemplate, loadingTemplate } from './frame.js';
import { headingTemplate } from './heading.js';
import { LabelSet } from './label-set.js';
import { loadBundledRole, validateRole, type Outcome, type Validate } from './load.js';
import { firstLocale, resolveLocale } from './locale.js';
import { RoleSource, type SourceHost } from './role-source.js';

export type { LoadState, Theme };

/** What a view chunk's render function gets from its element: labels, locale, headings and the frame. */
export interface ViewContext {
  l: Labels;
  locale: string;
  /** A heading `offset` levels below the element's own. */
  heading: (offset: number, content: unknown) => TemplateResult;
  frame: (title: string, content: unknown) => TemplateResult;
}

/**
 * What every element shares: it picks its source (the `data` property, inline JSON, `src`, `job`, else
 * the `<job-profile>` around it), loads and validates the document, keeps the `state` attribute, fires
 * `job-load` or `job-error` once per load, and shows the loading and error states.
 *
 * (For developers: the shared base class; each element renders only its ready state, in `renderRole`.
 * Loading is `RoleSource`'s, labels `LabelSet`'s, the shadow root and view chunk `ElementView`'s.)
 *
 * @fires {JobLoadEvent} job-load - The role loaded, validated and rendered. `detail: { data }`. Bubbles, composed.
 * @fires {JobErrorEvent} job-error - The role could not be shown. `detail: { error: { kind, message, issues, status?, id? } }`. Bubbles, composed.
 *
 * @csspart loading - The placeholder shown while loading.
 * @csspart error - The message shown when the role cannot be shown.
 * @csspart title - A part's own heading: its card's, or its section's inside a `<job-profile>` (also part `heading`; the headings below it, an activity's say, are `heading` only).
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

  /** Role data as an object, for frameworks and scripts; wins over inline JSON, `src` and `job`, and is validated like them. Set a new object to show new data (mutating the old one is not observed); `undefined` falls back to the next source. */
  data?: unknown;
  /** URL of a role JSON document, absolute or relative to the page. Used when there is no `data` or inline JSON. */
  src?: string;
  /** The id of a bundled role, e.g. `back-end-developer`. Used when no other source is given. */
  job?: string;
  /** How long to wait for `src`, in milliseconds, retries included. */
  timeout = 10_000; // (DEFAULT_TIMEOUT_MS, written out for the API docs; test/controllers.test.ts holds them equal)
  /** `lazy` waits to fetch `src` (or a bundled role) until the element nears the viewport; default `eager`. A lazy element keeps `--job-widget-lazy-block-size` (default `10rem`) free while it waits, so that lazy elements one after another are not all "near the viewport" at once. */
  loading: 'lazy' | 'eager' = 'eager';
  /** BCP 47 locale for numbers and dates; defaults to the nearest `lang` attribute, then `en-US`. */
  locale?: string;
  /** Level of the element's top heading (1–6); sub-headings follow below it. */
  headingLevel = 2;
  /** `loading`, `ready` or `error`, reflected so a host page can style each state. Read-only. */
  state: LoadState = 'loading';
  /** Overrides for any of the printed labels, e.g. `{ skills: 'What to learn' }`, on top of the label set chosen by the locale (English or Spanish). */
  labels?: Partial<Labels>;
  /** `light` or `dark` draws the card in that scheme, `auto` follows the visitor's `prefers-color-scheme`; without it the card inherits the page's colours. Parts inherit a provider's theme. */
  theme?: Theme;
  /** Set by `<job-profile>` on the parts it is made of: no card border of its own. */
  embedded = false;
  /** Reflected when the role has no data for this element's section, which then renders nothing. Read-only. */
  empty = false;
  /** The validated role, once `state` is `ready`. */
  protected roleData?: T;
  /** Why loading failed, once `state` is `error`. */
  protected error?: JobWidgetError;

  /** Loads the code that renders this element's role, when it lives in a chunk of its own (elements a page rarely needs): started on connect and awaited with the data, so it costs no extra round trip. */
  static loadView?: () => Promise<unknown>;
  /** CSS that came with the view chunk (once loaded): adopted by the shadow root before the first render that needs it. */
  static viewStyles?: () => CSSResult | undefined;
  /** Marks job-widgets' own elements: a tag defined by another copy of job-widgets is not a collision (define.ts). */
  static readonly jobWidgets = true;
  /** Parts listen for a provider around them; providers (and the directory) do not. */
  protected static readonly consumes: boolean = true;

  /** How this element's documents are validated: as roles, unless a subclass says otherwise. */
  protected readonly validate: Validate<T> = validateRole as unknown as Validate<T>;

  readonly #type = this.constructor as typeof RoleElement;
  readonly #labels = new LabelSet(this);
  readonly #view = new ElementView(this, this.#type);
  /** (It sees this element's protected steps: `validate`, `loadJob`, `fallback`, `prefetch`, `prepare`, `l`.) */
  readonly #source = new RoleSource<T>(this as unknown as SourceHost<T>, this.#view, this.#type.consumes);

  /** The validated document being shown (a role; for `<job-directory>`, its index), once `state` is `ready`. */
  get profile(): T | undefined {
    return this.roleData;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    convertProperties(this, changed);
    this.#source.sync();
    this.#labels.use(labelLanguage(this.resolvedLocale), !isServer);
    // (A prerendered card keeps its `empty` until the element has data of its own.)
    if (isServer || !this.#view.shown || this.roleData) {
      this.empty = (isServer || this.state === 'ready') && !!this.roleData && !this.hasSection(this.roleData);
    }
  }

  /** Starts loading, with the data, code that rendering will likely need (so it comes in the same round trip). */
  protected prefetch(_source: { kind: string; key?: unknown }, _language: string): Promise<unknown> | undefined { return undefined; }
  /** Loads what rendering `data` needs besides the data itself, before the element shows it. */
  protected prepare(_data: T, _labels: Labels): Promise<unknown> | undefined { return undefined; }
  /** Whether the role has data for this element's section; an element without it renders nothing. */
  protected hasSection(_role: T): boolean { return true; }
  /** Loads the bundled role `id`. */
  protected loadJob(id: string): Promise<Outcome<T>> { return loadBundledRole(id) as Promise<Outcome<T>>; }
  /** What to show without a source of its own or a provider: nothing (an error) unless a subclass has a default. */
  protected fallback(): Promise<Outcome<T>> | undefined { return undefined; }
  /** The first words of the error message. */
  protected get errorTitle(): string { return this.l.errorTitle; }
  /** The labels to print: the set for the resolved locale, with the host's overrides on top. */
  protected get l(): Labels {
    return this.#labels.with(this.labels ?? this.#source.provided?.labels);
  }
  /** The locale numbers and dates are formatted in: own `locale`, the provider's, else the nearest `lang`. */
  protected get resolvedLocale(): string {
    const provided = this.#source.provided?.locale;
    return isServer ? (firstLocale(this.locale, provided) ?? 'en-US') : resolveLocale(this, this.locale, provided);
  }
  /** The link template for bundled roles: own `job-href` (parts that have it), else the provider's. */
  protected get providedJobHref(): string | undefined {
    return this.#source.provided?.jobHref;
  }

  protected abstract renderRole(role: T): unknown;

  /** What a view chunk's render function needs of its element (see `loadView`). */
  protected get viewContext(): ViewContext {
    return { l: this.l, locale: this.resolvedLocale, heading: (offset, content) => headingTemplate(this.headingLevel + offset, content), frame: (title, content) => this.frame(title, content) };
  }

  /** A part's frame: its own card, with the role's title, when it stands alone; a plain section inside `<job-profile>`. */
  protected frame(title: string, content: unknown): TemplateResult {
    // (On the server every element is given its role like a provider would; only `embedded` parts are inside one.)
    const inProfile = this.embedded || (!isServer && this.#source.provided);
    const role = inProfile ? undefined : (this.roleData as { title?: string } | undefined)?.title;
    return frameTemplate(!this.embedded, this.headingLevel, this.l.lang, role, title, content);
  }

  protected renderError(error: JobWidgetError): TemplateResult {
    return errorTemplate(this.l, this.errorTitle, error);
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return this.#view.root();
  }

  /** Moved into another document (an iframe): its styles are made anew there (see sheets.ts). */
  adoptedCallback(): void {
    this.#view.adopted();
  }

  protected override render(): unknown {
    const { state, roleData } = this;
    if (this.#view.shown && state === 'ready' && !roleData) return nothing; // keep it on screen
    if (state === 'ready' && this.#view.error) return this.renderError(this.#view.error);
    if (state === 'ready' && roleData) return this.empty ? null : this.renderRole(roleData);
    if (state === 'error' && this.error) return this.renderError(this.error);
    return loadingTemplate(this.l);
  }
}
