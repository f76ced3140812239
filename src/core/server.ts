import type { SharedRole } from './context.js';

/**
 * What the server renderer (`job-widgets/ssr`) gives every element it renders: there is no DOM, no
 * provider and no loading on the server, so the validated document, the locale, the label overrides
 * and the link template come from here. Set only for the length of one synchronous render.
 */
export let serverShared: SharedRole | undefined;

export function withServerRole<T>(shared: SharedRole, render: () => T): T {
  serverShared = shared;
  try {
    return render();
  } finally {
    serverShared = undefined;
  }
}

/** What relative links resolve against on the server, where there is no page (see `pageLink`). */
const SERVER_BASE = 'https://relative.invalid';

/**
 * `link` as an http(s) link of the page, or undefined. In the browser it is resolved against the page
 * and what renders is the parsed URL. On the server there is no page: a relative link must stay as
 * written, for the page the snippet lands in to resolve the same way the browser would (only checked
 * to be one that resolves to http(s), whatever the page's address).
 */
export function pageLink(link: string, base: string | undefined): string | undefined {
  try {
    const url = new URL(link, base ?? SERVER_BASE);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    return base === undefined && url.origin === SERVER_BASE ? link : url.href;
  } catch {
    return undefined;
  }
}
