/**
 * The one list of job-widgets elements, with what the rest of the project needs to know of each.
 * Plain data (no imports, no side effects), so browser tests, the server renderer, the CLI help and the
 * Node scripts (from its build, dist/lib/elements.js) all read it. Adding an element: its folder and an
 * entry here; the build (scripts/entries.js) writes src/define.ts, the classes src/index.ts exports and
 * package.json "sideEffects" from this list.
 */

/** One element of the list. */
export interface ElementEntry {
  readonly tag: string;
  /** The module, under src/ (dist/lib/ once built), whose import registers the element. */
  readonly module: string;
  /** What it renders: a role, an index of roles (the directory), or two to four roles (the comparison). */
  readonly takes: 'role' | 'index' | 'comparison';
  /**
   * Its rendering and CSS live in `<tag>.view.ts`, loaded lazily (`RoleElement.loadView`): in a chunk
   * of their own, or for `<job-profile>`, the parts and `<job-header>`, in one chunk they share (see
   * src/job-profile/views.ts), so a profile page fetches one file for all of them.
   */
  readonly view: boolean;
  /** One of the sections `<job-profile>` is made of (the bench times them alone). */
  readonly part: boolean;
  /** `job-widgets/ssr` renders it (and the build writes its dist/styles/<tag>.css). */
  readonly prerender: boolean;
  /**
   * In the README's API section and the builder's menu, in list order; `false`: documented before
   * those, by tag name (the cards and the comparison, which came later).
   */
  readonly docs: boolean;
}

const entry = <T extends string>(tag: T, takes: ElementEntry['takes'], flags: { module?: string; view?: boolean; part?: boolean; prerender?: boolean; docs?: boolean } = {}) =>
  ({ tag, module: `${tag}/${tag}.js`, takes, view: false, part: false, prerender: true, docs: true, ...flags }) as const;

/** Every element, in the order the server renderer, the CLI and the tests list them. */
export const ELEMENTS = [
  // (job-profile/job-profile.js registers the parts too; the build folds it into define.js.)
  entry('job-profile', 'role', { module: 'job-profile/register.js', view: true }),
  entry('salary-card', 'role', { part: true, view: true }),
  entry('job-outlook', 'role', { part: true, view: true }),
  entry('skill-list', 'role', { part: true, view: true }),
  entry('job-faq', 'role', { part: true, view: true }),
  entry('job-activities', 'role', { part: true, view: true }),
  entry('job-path', 'role', { part: true, view: true }),
  entry('related-jobs', 'role', { part: true, view: true }),
  entry('job-directory', 'index', { view: true }),
  entry('job-card', 'role', { view: true, docs: false }),
  entry('job-header', 'role', { view: true, docs: false }),
  entry('job-compare', 'comparison', { view: true, docs: false }),
] as const satisfies readonly ElementEntry[];

/** An element's tag. */
export type ElementTag = (typeof ELEMENTS)[number]['tag'];

/** Every element's tag, in list order. */
export const TAGS: readonly ElementTag[] = ELEMENTS.map((e) => e.tag);
