/** The locale an element formats with: the first valid of `explicit` (its `locale`, its provider's),
 * else the nearest `lang` up the tree (across shadow roots), else the document's, else `en-US`.
 * Invalid tags are skipped, never thrown. */
export function resolveLocale(element: Element, ...explicit: (string | null | undefined)[]): string {
  return firstLocale(...explicit) ?? canonical(closestLang(element)) ?? canonical(document.documentElement.lang) ?? 'en-US';
}

/** The first valid locale of `tags`, canonicalised; undefined when none is. */
export function firstLocale(...tags: (string | null | undefined)[]): string | undefined {
  for (const tag of tags) {
    const locale = canonical(tag);
    if (locale) return locale;
  }
  return undefined;
}

function canonical(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

function closestLang(element: Element): string | null {
  let node: Element | null = element;
  while (node) {
    const found = node.closest('[lang]');
    if (found) return found.getAttribute('lang');
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}
