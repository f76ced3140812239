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
