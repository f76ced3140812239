import { isServer, type CSSResult, type CSSResultOrNative, type LitElement, type ReactiveController } from 'lit';
import type { JobWidgetError } from './events.js';
import { sheetsFor } from './sheets.js';
import { Prerendered } from './takeover.js';

/** What the view needs of its element's class (see `RoleElement.loadView` and `viewStyles`). */
export interface ViewClass {
  readonly elementStyles: CSSResultOrNative[];
  loadView?: () => Promise<unknown>;
  viewStyles?: () => CSSResult | undefined;
}

/**
 * An element's shadow root and what is drawn in it before its own render: the prerendered card (kept
 * until the first render with data replaces it, see takeover.ts), the element's styles and its view
 * chunk's (adopted in the root's own document, see sheets.ts), and the view chunk itself, whose
 * loading starts when the element connects.
 */
export class ElementView implements ReactiveController {
  /** The card rendered on the server, shown until the element has rendered its own. */
  readonly prerendered?: Prerendered;
  /** Why the view chunk could not load, if it could not. */
  error?: JobWidgetError;
  #viewStylesAdopted = false;

  readonly #host: LitElement & { state: string; readonly profile?: unknown };
  readonly #type: ViewClass;

  constructor(host: LitElement & { state: string; readonly profile?: unknown }, type: ViewClass) {
    this.#host = host;
    this.#type = type;
    if (!isServer) this.prerendered = new Prerendered(host);
    host.addController(this);
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
    if (this.prerendered?.shown && ((state === 'ready' && profile) || state === 'error')) {
      // The element's styles take over from the card's in the same task as its nodes are removed.
      this.prerendered.release();
      this.#adopt(this.#host.renderRoot as ShadowRoot);
    }
    // The view's CSS (once it is here) goes after the element's own, unless a prerendered card still shows.
    if (this.#viewStylesAdopted || isServer || this.prerendered?.shown || !this.#type.viewStyles?.()) return;
    this.#viewStylesAdopted = true;
    this.#adopt(this.#host.renderRoot as ShadowRoot);
  }

  /** For `createRenderRoot`. */
  root(options: ShadowRootInit): ShadowRoot {
    // A prerendered card keeps its own styles until it is released (styles adopted now would come
    // after them in the cascade, and the view's CSS may not be here yet); and Lit renders after its
    // nodes, not before them, so that removing them leaves Lit's own in place.
    if (this.prerendered?.shown) return this.#host.shadowRoot!;
    const root = this.#host.shadowRoot ?? this.#host.attachShadow(options);
    this.#adopt(root);
    return root;
  }

  /** For `adoptedCallback`: moved into another document (an iframe), its styles are made anew there. */
  adopted(): void {
    if (this.#host.hasUpdated && !this.prerendered?.shown) this.#adopt(this.#host.renderRoot as ShadowRoot);
  }

  #adopt(root: ShadowRoot): void {
    root.adoptedStyleSheets = sheetsFor(root, [...this.#type.elementStyles, this.#viewStylesAdopted ? this.#type.viewStyles?.() : undefined]);
  }
}
