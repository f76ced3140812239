/**
 * `job-widgets/ssr`: renders an element to HTML in Node, with its shadow root as a Declarative Shadow
 * DOM (`<template shadowrootmode="open">`), so the card shows at first paint and without JavaScript.
 * The snippet carries its data the way the elements read it (`job` for a bundled role, else inline
 * JSON), so with the script on the page the element takes the card over without fetching anything
 * it already has and without moving the page (see src/core/element-view.ts).
 */
import './dom-shim.js';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { nothing, type CSSResult, type CSSResultOrNative } from 'lit';
import { html, literal, type StaticValue } from 'lit/static-html.js';
import { ELEMENTS as LIST, type ElementTag } from '../elements.js';
import { pageLink, withServerRole } from '../core/server.js';
import { firstLocale } from '../core/locale.js';
import { bundledIndex, bundledRoleIds, bundledRoles, isBundledRole } from '../data/bundled.js';
import { loadFaqWriter } from '../faq/writer.js';
import { rangeView } from '../parts/figures.js';
import { labelLanguage, loadLabels } from '../i18n/labels.js';
import { fallbackHtml } from './fallback.js';
import { parseRole, parseRoleComparison, parseRoleIndex, type ValidationIssue } from '../schema/validate.js';
import type { Role, RoleComparison, RoleIndex } from '../schema/types.js';
import { COMPARE_MAX, COMPARE_MIN } from '../schema/role.js';

export { fallbackHtml, type FallbackOptions } from './fallback.js';

/** The elements that render on the server (src/elements.ts). */
export const ELEMENTS = LIST.filter((e) => e.prerender).map((e) => e.tag);
export type ElementName = ElementTag;

/**
 * Each element's tag as a static template value: `literal` accepts only literal text, never data. Typed
 * by the list's tags, so an element added to src/elements.ts without its entry here fails to compile.
 */
const TAG_LITERALS: Record<ElementTag, StaticValue> = {
  'job-profile': literal`job-profile`,
  'salary-card': literal`salary-card`,
  'job-outlook': literal`job-outlook`,
  'skill-list': literal`skill-list`,
  'job-faq': literal`job-faq`,
  'job-activities': literal`job-activities`,
  'job-path': literal`job-path`,
  'related-jobs': literal`related-jobs`,
  'job-directory': literal`job-directory`,
  'job-card': literal`job-card`,
  'job-header': literal`job-header`,
  'job-compare': literal`job-compare`,
};

/** The attributes a snippet may set on its element (each element reads those it has). */
export const ATTRIBUTES = ['theme', 'lang', 'locale', 'dir', 'heading-level', 'include', 'variant', 'limit', 'job-href', 'href'] as const;
export type AttributeName = (typeof ATTRIBUTES)[number];

export interface RenderOptions {
  /** The element to render. Default `job-profile`. */
  element?: ElementName | undefined;
  /**
   * A bundled role's id (e.g. `back-end-developer`), or a role document, validated like in the browser.
   * For `job-directory`: an index document, or nothing for the bundled roles. For `job-compare`: two to
   * four roles, as bundled ids in one string (`"data-scientist database-architect"`), an array of ids
   * and role documents, or a comparison document (`{ "roles": [...] }`).
   */
  role?: string | unknown;
  /** The element's attributes, e.g. `{ theme: 'dark', lang: 'es', 'heading-level': 3 }`. */
  attributes?: Partial<Record<AttributeName, string | number | undefined>> | undefined;
  /**
   * For pages whose Content-Security-Policy forbids inline styles (`style-src 'self'`): the URL of the
   * package's `dist/styles/` folder. The snippet then links `<tag>.css` from there instead of carrying
   * `<style>` elements.
   */
  stylesheets?: string | undefined;
}

/** Why a snippet could not be rendered: `usage` (a wrong element or attribute), `unknown-job`, `invalid-data`. */
export class RenderError extends Error {
  constructor(
    readonly kind: 'usage' | 'unknown-job' | 'invalid-data',
    message: string,
    readonly issues: ValidationIssue[] = [],
  ) {
    super(message);
    this.name = 'RenderError';
  }
}

// The elements register once the DOM shim is in place. (Not a static import: the shim's module
// awaits at its top level, so the element modules, which do not depend on it, could run first.)
await import('../define.js');
await rangeView.load(); // the salary range graphic, for roles with percentiles

// Elements whose rendering and CSS live in a chunk of their own (`RoleElement.loadView`): loaded now,
// so that rendering stays synchronous, and their CSS joins the styles each snippet carries.
for (const tag of ELEMENTS) {
  const element = customElements.get(tag) as unknown as ElementClass;
  await element.loadView?.();
  const css = element.viewStyles?.();
  element.finalize();
  if (css) element.elementStyles = [...element.elementStyles, css];
}

/** What this module uses of an element class (some of it protected in Lit's types). */
interface ElementClass {
  loadView?: () => Promise<unknown>;
  viewStyles?: () => CSSResult | undefined;
  elementStyles: CSSResultOrNative[];
  finalize(): void;
}

const isElement = (name: string): name is ElementName => (ELEMENTS as readonly string[]).includes(name);

/** The CSS an element's shadow root carries (the content of its file in dist/styles). */
export function elementCss(tag: ElementName): string {
  return (customElements.get(tag) as unknown as ElementClass).elementStyles.map((s) => (s as CSSResult).cssText).join('');
}

/** The document to render and how the snippet carries it. */
async function documentFor(tag: ElementName, role: unknown): Promise<{ data: Role | RoleIndex | RoleComparison; job?: string; inline?: string }> {
  if (tag === 'job-compare') return comparisonFor(role);
  if (tag === 'job-directory') {
    if (role === undefined) return { data: (await bundledIndex()) as RoleIndex };
    if (typeof role === 'string') throw new RenderError('usage', '<job-directory> lists an index: give an index document, or nothing for the bundled roles.');
    const result = parseRoleIndex(role);
    if (!result.ok) throw invalid('role index', result.issues);
    return { data: result.data, inline: JSON.stringify(result.data) };
  }
  if (typeof role === 'string') {
    const id = role.trim().toLowerCase();
    if (!isBundledRole(id)) throw new RenderError('unknown-job', `Unknown job "${role}". Known jobs: ${bundledRoleIds().join(', ')}.`);
    const result = parseRole(await bundledRoles[id]!());
    if (!result.ok) throw invalid(`bundled role "${id}"`, result.issues);
    return { data: result.data, job: id };
  }
  if (role === undefined || role === null) throw new RenderError('usage', 'No role: give a bundled id or a role document.');
  const result = parseRole(role);
  if (!result.ok) throw invalid('role data', result.issues);
  return { data: result.data, inline: JSON.stringify(result.data) };
}

/**
 * A comparison's roles: bundled ids only are carried as `job="a b"` (the element requests them as it
 * would from the attribute); anything else as one inline comparison document, every role in it.
 */
async function comparisonFor(given: unknown): Promise<{ data: RoleComparison; job?: string; inline?: string }> {
  if (given !== null && typeof given === 'object' && !Array.isArray(given)) {
    const result = parseRoleComparison(given);
    if (!result.ok) throw invalid('comparison', result.issues);
    return { data: result.data, inline: JSON.stringify(result.data) };
  }
  // (The same reading of ids as the element's: lower case, split at spaces or commas, each once.)
  const items = typeof given === 'string' ? [...new Set(given.trim().toLowerCase().split(/[\s,]+/).filter(Boolean))] : Array.isArray(given) ? given : [];
  if (items.length < COMPARE_MIN || items.length > COMPARE_MAX) {
    throw new RenderError('usage', `A comparison needs ${COMPARE_MIN} to ${COMPARE_MAX} roles (bundled ids or role documents), not ${items.length}.`);
  }
  const roles: Role[] = [];
  for (const item of items) roles.push((await documentFor('job-profile', item)).data as Role);
  if (items.every((item) => typeof item === 'string')) return { data: { roles }, job: roles.map((r) => r.id).join(' ') };
  return { data: { roles }, inline: JSON.stringify({ roles }) };
}

const invalid = (what: string, issues: ValidationIssue[]) =>
  new RenderError('invalid-data', `Invalid ${what}: ${issues.length} problem${issues.length === 1 ? '' : 's'}.`, issues);

/** A bundled id or a document as a validated role (throws a RenderError like `renderElement`). */
export async function resolveRole(role: unknown): Promise<Role> {
  return (await documentFor('job-profile', role)).data as Role;
}

/** Two to four roles (as `renderElement` takes them for `job-compare`) as a validated comparison (throws a RenderError like it). */
export async function resolveComparison(roles: unknown): Promise<RoleComparison> {
  return (await comparisonFor(roles)).data;
}

/** JSON as the text of a `<script>`: `<` escaped, so nothing in the data can close the script. */
const scriptJson = (json: string) => json.replace(/</g, '\\u003c');

/**
 * The markers @lit-labs/ssr writes around the snippet's own template. The ones inside the shadow roots
 * stay: they split the text into the same text nodes as the browser's render, so the prerendered and the
 * live card are shaped (kerned) alike, to the pixel.
 */
const OUTER_MARKERS = /^<!--lit-part [^>]*--><!--lit-node \d+-->|<!--\/lit-part-->$/g;

/** The snippet's opening tag: its name, then attributes (values quoted and escaped by Lit) and spaces. */
const OPENING_TAG = /^(<[a-z-]+)((?:\s+[a-z-]+(?:="[^"]*")?|\s+)*)>/;

/**
 * The attributes of the opening tag one space apart. The attributes left unset (`nothing`) leave runs of
 * spaces between the others; only those go: a value keeps every character, or the live element would
 * read another `job-href` than the one the snippet was rendered with.
 */
const tidyAttributes = (attrs: string) => (attrs.match(/[a-z-]+(?:="[^"]*")?/g) ?? []).map((attribute) => ` ${attribute}`).join('');

/**
 * Throws a `RenderError` (`usage`) for a `lang` or `locale` that is not a language tag: the browser
 * would skip it, so the live card would not format like the rendered one. (The images check theirs here
 * too, so both say the same.)
 */
export function checkLanguage(attributes: { lang?: string | undefined; locale?: string | undefined }): void {
  for (const name of ['lang', 'locale'] as const) {
    const tag = attributes[name];
    if (tag !== undefined && !firstLocale(tag)) throw new RenderError('usage', `Invalid ${name} "${tag}": expected a language tag such as "es" or "de-DE".`);
  }
}

/**
 * Renders `element` for `role` to an HTML snippet that shows the whole card without JavaScript.
 * Throws a `RenderError` for an unknown element or attribute, an unknown bundled id, or invalid data
 * (every problem in `issues`, by path, as in the browser).
 */
export async function renderElement(options: RenderOptions = {}): Promise<string> {
  const tag = options.element ?? 'job-profile';
  if (!isElement(tag)) throw new RenderError('usage', `Unknown element "${tag}". Elements: ${ELEMENTS.join(', ')}.`);
  const given = options.attributes ?? {};
  const unknown = Object.keys(given).filter((name) => !(ATTRIBUTES as readonly string[]).includes(name));
  if (unknown.length) throw new RenderError('usage', `Unknown attribute "${unknown[0]}". Attributes: ${ATTRIBUTES.join(', ')}.`);
  const a: Partial<Record<AttributeName, string>> = {};
  for (const [name, value] of Object.entries(given)) if (value !== undefined) a[name as AttributeName] = String(value);
  // The prerendered card and the live one must format alike: a snippet always says its language, and
  // a tag the browser would skip (falling back to the page's language) is refused.
  if (a.lang === undefined && a.locale === undefined) a.lang = 'en-US';
  checkLanguage(a);
  const folder = options.stylesheets === undefined ? undefined : options.stylesheets.endsWith('/') ? options.stylesheets : `${options.stylesheets}/`;
  const stylesheets = folder === undefined || pageLink(`${folder}x.css`, undefined) === undefined ? undefined : folder;
  if (folder !== undefined && stylesheets === undefined) {
    throw new RenderError('usage', `Invalid stylesheets "${options.stylesheets}": expected an http(s) or relative URL of dist/styles/.`);
  }
  const locale = firstLocale(a.locale, a.lang) ?? 'en-US';

  const { data, job, inline } = await documentFor(tag, options.role);
  const labels = await loadLabels(labelLanguage(locale));
  await loadFaqWriter(labels); // written in the same (synchronous) render when the role has no FAQ

  const t = TAG_LITERALS[tag];
  // A static tag name (lit/static-html), which the Lit linter does not know of.
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
  const template = html`<${t} job=${job ?? nothing} theme=${a.theme ?? nothing} lang=${a.lang ?? nothing} locale=${a.locale ?? nothing} dir=${a.dir ?? nothing} heading-level=${a['heading-level'] ?? nothing} include=${a.include ?? nothing} variant=${a.variant ?? nothing} limit=${a.limit ?? nothing} job-href=${a['job-href'] ?? nothing} href=${a.href ?? nothing}></${t}>`;
  let out = withServerRole({ state: 'ready', role: data as Role, locale, jobHref: a['job-href'] }, () =>
    collectResultSync(render(template)),
  );
  // The opening tag alone on the first line: in Markdown the snippet is then one HTML block, kept as is.
  out = out.replace(OUTER_MARKERS, '').replace(OPENING_TAG, (_, open: string, attrs: string) => `${open}${oneLine(tidyAttributes(attrs))}>\n`);
  out = stylesheets === undefined ? commentStyles(out) : linkStyles(out, stylesheets);
  const fallback = fallbackHtml(data, { element: tag, variant: a.variant, locale, labels, jobHref: a['job-href'], href: a.href });
  const close = `</${tag}>`;
  const at = out.lastIndexOf(close);
  out = `${out.slice(0, at)}${fallback}${inline === undefined ? '' : `<script type="application/json">${scriptJson(inline)}</script>`}${out.slice(at)}`;
  return markdownSafe(out.trim());
}

/**
 * Line breaks from data written as character references where Markdown would act on them: a blank line
 * ends an HTML block, and a carriage return is a line ending too. The same text and attribute values
 * (only data can hold them: the templates have no blank line, inline JSON and CSS no line break at all).
 */
const markdownSafe = (html: string): string =>
  html.replace(/\r/g, '&#13;').replace(/\n(?=[ \t]*(?:\n|$))/g, '&#10;');
/** Attribute values with their line breaks as references: Markdown sees an HTML block only in a one-line opening tag. */
const oneLine = (attributes: string): string => attributes.replace(/\r/g, '&#13;').replace(/\n/g, '&#10;');

/**
 * Each shadow root's CSS inside `<!--` and `-->`, which CSS ignores around a style sheet: Markdown
 * passes an HTML comment through untouched, where it would read CSS text (`*`, `>`) as emphasis and
 * escape it, e.g. for a badge inside a sentence, which is part of a Markdown paragraph.
 */
function commentStyles(out: string): string {
  let result = out;
  for (const tag of ELEMENTS) result = result.split(`<style>${elementCss(tag)}</style>`).join(`<style><!--${elementCss(tag)}--></style>`);
  return result;
}

/** Swaps each shadow root's `<style>` for a `<link>` to the same CSS in `dist/styles/<tag>.css`. */
function linkStyles(out: string, folder: string): string {
  let result = out;
  for (const tag of ELEMENTS) {
    const href = pageLink(`${folder}${tag}.css`, undefined)!;
    result = result.split(`<style>${elementCss(tag)}</style>`).join(`<link rel="stylesheet" href="${escapeAttribute(href)}">`);
  }
  return result;
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
