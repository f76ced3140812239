import { lazyView } from '../core/view.js';

/**
 * The views of `<job-profile>` and of the parts that have one, in one chunk: a profile page fetches one
 * file for them (with its data, in the same round trip), a page with one part the same file.
 */
export const profileViews = lazyView(() => import('./job-profile.view.js'));
