import { isServer, type CSSResult, type CSSResultOrNative, type LitElement, type ReactiveController } from 'lit';
import type { JobWidgetError } from './events.js';
import { sheetsFor } from './sheets.js';

/** What the view needs of its element's class (see `RoleElement.loadView` and `viewStyles`). */
export interface ViewClass {
  readonly elementStyles: CSSResultOrNative[];
  readonly shadowRootOptions: ShadowRootInit;
  loadView?: () => Promise<unknown>;
  viewStyles?: () => CSSResult | undefined;
}

/** The disclosures below `root`, through the shadow roots of the elements in it (a profile's parts), in order. (A `<details>` has no shadow root.) */
const disclosures = (root: ParentNode): HTMLDetailsElement[] =>
  [...root.querySelectorAll('*')].flatMap((e) => (e.shadowRoot ? disclosures(e.shadowRoot) : e.localName === 'details' ? (e as HTMLDetailsElement) : []));

/**
 * An element's shadow root and what is drawn in it before its own render: the prerendered card, the
 * element's styles and its view chunk's (adopted in the root's own document, see sheets.ts), and the
 * view chunk itself, whose loading starts when the element connects.
 *
 * How a prerendered card is taken over: a card rendered on the server arrives as a declarative shadow
 * root, attached by the HTML parser before the element upgrades. Its nodes stay on screen, untouched,
 * while the element loads its data (no loading state, nothing else rendered); the element's first
 * render with data removes them in the same task as it commits its own, so the page never paints an
 * empty or a doubled card, and an identical card takes the place of the prerendered one.
 */
export class ElementView implements ReactiveController {
  /** The prerendered card's nodes, while it is on screen. */
  #nodes?: ChildNode[] | undefined;
  /** The first source the element loads: the one the card was rendered from. */
  #first?: { key: unknown };
  /** Why the view chunk could not load, if it could not. */
  error?: JobWidgetError;
  /** The view's CSS as last adopted (it may change: a salary card's gains the range graphic's, see salary-card.view.ts). */
  #viewCss?: CSSResult | undefined;

  readonly #host: LitElement & { state: string; readonly profile?: unknown };
  readonly #type: ViewClass;

  constructor(host: LitElement & { state: string; readonly profile?: unknown }, type: ViewClass) {
    this.#host = host;
    this.#type = type;
    // `shadowRoot` is the declarative one when the element upgrades inside parsed markup.
    if (!isServer && host.shadowRoot?.hasChildNodes()) this.#nodes = [...host.shadowRoot.childNodes];
    host.addController(this);
  }

  /** True while the prerendered card is on screen. */
  get shown(): boolean {
    return !!this.#nodes;
  }

  /**
   * Whether the card stays on screen while `key`, a source of the element, loads (and if it fails):
   * only for the first source, the one the card was rendered from; a later one replaces it.
   */
  keepsFor(key: unknown): boolean {
    this.#first ??= { key };
    return this.shown && this.#first.key === key;
  }

  hostConnected(): void {
    // (A part inside a profile gets its role without loading: it renders once its view is here.)
    void this.#type.loadView?.().then(
      () => this.#host.requestUpdate(),
      (cause: unknown) => {
        // (An element loading its own source reports this itself; a part inside a profile would stay blank.)
        this.error = { kind: 'load-failed', message: String(cause), issues: [] };
        this.#host.requestUpdate();
      },
    );
  }

  /** The first render with data replaces a prerendered card, in the same task (run right before `update`). */
  hostUpdate(): void {
    const { state, profile } = this.#host;
    if (this.#nodes && ((state === 'ready' && profile) || state === 'error')) {
      // Its nodes go right before the first render that replaces them is committed, and the element's
      // styles take over from the card's in the same task. (A disclosure the reader opened meanwhile stays open.)
      const root = this.#host.shadowRoot!;
      const open = disclosures(root).map((d) => d.open);
      for (const node of this.#nodes) node.remove();
      // Once this render (the same card) and the parts inside it (a profile's updateComplete waits for
      // them) are done, its disclosures open where the prerendered card's were.
      void this.#host.updateComplete.then(() => disclosures(root).forEach((d, i) => (d.open ||= open[i]!)));
      this.#nodes = undefined;
      this.#adopt(this.#host.renderRoot as ShadowRoot);
    }
    // The view's CSS (once it is here, and again when it changes) goes after the element's own, unless a
    // prerendered card still shows.
    const css = isServer || this.#nodes ? undefined : this.#type.viewStyles?.();
    if (!css || css === this.#viewCss) return;
    this.#viewCss = css;
    this.#adopt(this.#host.renderRoot as ShadowRoot);
  }

  /** For `createRenderRoot`. */
  root(): ShadowRoot {
    // A prerendered card keeps its own styles until it is released (styles adopted now would come
    // after them in the cascade, and the view's CSS may not be here yet); and Lit renders after its
    // nodes, not before them, so that removing them leaves Lit's own in place.
    if (this.#nodes) return this.#host.shadowRoot!;
    const root = this.#host.shadowRoot ?? this.#host.attachShadow(this.#type.shadowRootOptions);
    this.#adopt(root);
    return root;
  }

  /** For `adoptedCallback`: moved into another document (an iframe), its styles are made anew there. */
  adopted(): void {
    if (this.#host.hasUpdated && !this.#nodes) this.#adopt(this.#host.renderRoot as ShadowRoot);
  }

  #adopt(root: ShadowRoot): void {
    root.adoptedStyleSheets = sheetsFor(root, [...this.#type.elementStyles, this.#viewCss]);
  }
}
