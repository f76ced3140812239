import type { CSSResultOrNative } from 'lit';

/**
 * The sheets of `styles` as `root` can adopt them. A constructed sheet belongs to the document it was
 * made in: a shadow root in another one (an element moved into an iframe) cannot adopt it (the browser
 * throws `NotAllowedError`), so there it gets copies made in its own document (our own CSS, copied rule
 * by rule through the CSSOM; elements rarely move, so copies are not kept).
 */
export function sheetsFor(root: ShadowRoot, styles: (CSSResultOrNative | undefined)[]): CSSStyleSheet[] {
  const view = root.ownerDocument.defaultView;
  return styles.flatMap((s) => {
    const sheet = s instanceof CSSStyleSheet ? s : s?.styleSheet;
    if (!sheet || root.ownerDocument === document || !view) return sheet ? [sheet] : [];
    const copy = new view.CSSStyleSheet();
    for (const rule of sheet.cssRules) copy.insertRule(rule.cssText, copy.cssRules.length);
    return [copy];
  });
}
