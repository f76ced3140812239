/** Registers an element unless the tag is taken (the script may load twice on one page). */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
