import type { ReactiveControllerHost } from 'lit';

/**
 * How a prerendered card is taken over. A card rendered on the server arrives as a declarative shadow
 * root, attached by the HTML parser before the element upgrades. Its nodes stay on screen, untouched,
 * while the element loads its data (no loading state, nothing else rendered); the element's first
 * render with data removes them in the same task as it commits its own, so the page never paints an
 * empty or a doubled card, and an identical card takes the place of the prerendered one.
 */
export class Prerendered {
  private nodes: ChildNode[] | undefined;
  /** The first source the element loads: the one the card was rendered from. */
  private first: { key: unknown } | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    // `shadowRoot` is the declarative one when the element upgrades inside parsed markup.
    const root = host.shadowRoot;
    if (root?.hasChildNodes()) this.nodes = [...root.childNodes];
  }

  /** True while the prerendered card is on screen. */
  get shown(): boolean {
    return this.nodes !== undefined;
  }

  /**
   * Whether the card stays on screen while `key`, a source of the element, loads (and if it fails):
   * only for the first source, the one the card was rendered from; a later one replaces it.
   */
  keepsFor(key: unknown): boolean {
    this.first ??= { key };
    return this.shown && this.first.key === key;
  }

  /** Removes the prerendered nodes; call right before committing the first render that replaces them. */
  release(): void {
    for (const node of this.nodes ?? []) node.remove();
    this.nodes = undefined;
  }
}
