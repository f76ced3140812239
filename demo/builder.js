/**
 * The embed builder (demo/builder.html): pick a role (bundled, or pasted JSON) and an element, set its
 * options, watch the real element, copy the snippet (script tag + element, or the prerendered HTML and
 * the `npx job-widgets-tools render` command that makes it).
 *
 * The elements and their attributes come from the custom elements manifest (/custom-elements.json,
 * written by the build), so a new element shows up here without editing this page; without the
 * manifest, a built-in list stands in. The roles come from /data/index.json, or from the library itself
 * (a hidden <job-directory>) where that file is not served as JSON. The prerendered HTML comes from the
 * demo server's /demo/render (scripts/serve.js); elsewhere only the command is shown.
 *
 * The snippet loads the script from the URL in the script-URL field (demo/script-url.js: this version on
 * the CDN unless the user typed another); images and linked styles come from that URL's folder.
 *
 * Two layouts: demo/builder.html in the project folder, and the static copy the build writes to
 * dist/builder/ (scripts/build-builder.js marks it `<html data-builder="static">`), which needs nothing
 * but dist/: its manifest is next to it, the roles are listed through the library, and it asks no
 * server to render.
 *
 * `?manifest=builtin` skips the manifest (the built-in list, as when it cannot be fetched).
 */
import { scriptJson } from './script-json.js';
import { bindScriptUrlField, CDN_IMAGES_URL, CDN_SCRIPT_URL, distFolderOf, scriptTag } from './script-url.js';

/** The static copy in dist/builder/ (no project folder around it, no demo server behind it). */
const STATIC = document.documentElement.dataset.builder === 'static';
/** Where the running page finds dist/, the manifest and data/. */
const DIST = STATIC ? '../' : '../dist/';
const MANIFEST = STATIC ? 'custom-elements.json' : '../custom-elements.json';
const DATA = STATIC ? undefined : '../data/';

/** Attributes a snippet should not set: the element reflects them itself, or `<job-profile>` sets them on its parts. */
const INTERNAL = new Set(['state', 'empty', 'embedded']);
/** Attributes this page sets through its own controls (the role, and the options every element shares). */
const COMMON = ['theme', 'lang', 'locale', 'heading-level'];
/** Attributes of every element that are not the snippet's business here (where the data comes from, how long to wait). */
const NOT_OFFERED = new Set(['job', 'src', 'timeout', 'loading', 'dir', ...COMMON]);
/** The order the elements are offered in (the README's); elements the page does not know follow, in the manifest's order. */
const PREFERRED_ORDER = ['job-profile', 'salary-card', 'job-outlook', 'skill-list', 'job-faq', 'job-activities', 'job-path', 'related-jobs', 'job-directory'];
/** Suggestions for free-text attributes (a datalist; any value can still be typed). */
const SUGGESTIONS = { include: ['growth openings', 'growth', 'openings'], 'job-href': ['/careers/{id}', 'https://example.com/jobs?job={id}'] };

const TAG_NAME = /^[a-z][a-z0-9._]*-[a-z0-9._-]*$/;
const ATTRIBUTE_NAME = /^[a-z][a-z0-9_.:-]*$/;

/** Used when custom-elements.json cannot be loaded: the elements of this version, with their own attributes. */
const BUILT_IN = (() => {
  const string = (name, description) => ({ name, type: { text: 'string | undefined' }, description });
  const jobHref = string('job-href', 'Where a related role with an `id` links: a template with `{id}`, e.g. `/careers/{id}`.');
  const elements = [
    ['job-profile', 'The whole profile of a tech job role.', [jobHref]],
    [
      'salary-card',
      'The salary with its kind, period, date and source; optionally the growth and openings figures too.',
      [
        { name: 'include', type: { text: 'string' }, default: "''", description: 'Figures to show beside the salary: `growth`, `openings`, or both.' },
        { name: 'variant', type: { text: "'card' | 'badge'" }, default: "'card'", description: '`card` (default) or `badge`: a phrase for running text.' },
      ],
    ],
    ['job-outlook', 'Projected growth and openings, each with its period and source.', []],
    [
      'skill-list',
      'The skills to learn, with descriptions and optional links.',
      [
        { name: 'variant', type: { text: "'list' | 'chips'" }, default: "'list'", description: '`list` (default): names and descriptions; `chips`: names only.' },
        { name: 'limit', type: { text: 'number | undefined' }, description: 'Show only the first N skills, with a button for the rest.' },
      ],
    ],
    ['job-faq', 'Frequently asked questions as a disclosure list.', []],
    ['job-activities', 'What the job looks like day to day.', []],
    ['job-path', 'The steps into the job, in order, with their sub-steps.', []],
    ['related-jobs', 'Related jobs, each a link.', [jobHref]],
    ['job-directory', 'A searchable list of the bundled roles.', [string('job-href', 'Where a role links: a template with `{id}`, e.g. `/careers/{id}`.')]],
  ];
  return elements.map(([tagName, summary, own]) => ({ tagName, summary, attributes: [...COMMON.filter((n) => n !== 'lang').map((name) => ({ name })), ...own] }));
})();

// ---------------------------------------------------------------------------------------------------
// Snippets (pure functions of the options)

/** A value inside a double-quoted HTML attribute: nothing in it can end the attribute or start a tag. */
export const escapeAttribute = (value) =>
  String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One shell word: bare when it is plainly safe, else in single quotes. */
export const shellQuote = (word) => (/^[A-Za-z0-9_/.,:=@%+-]+$/.test(word) ? word : `'${String(word).replace(/'/g, `'\\''`)}'`);

/** The inline JSON as the snippet carries it: compact when it parses, else as typed (the element reports the problem). */
function inlineJson(text) {
  try {
    return scriptJson(JSON.stringify(JSON.parse(text)));
  } catch {
    return scriptJson(text.trim());
  }
}

/**
 * The element with its attributes (and inline JSON), after the script tag that loads `scriptUrl`;
 * `fallback` (HTML from `fallbackHtml`, escaped there) goes inside, for pages where the script never runs.
 */
export function scriptSnippet({ tag, attributes, json, scriptUrl = CDN_SCRIPT_URL, fallback = '' }) {
  const attrs = attributes.map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`)).join('');
  const element =
    json === undefined
      ? `<${tag}${attrs}>${fallback}</${tag}>`
      : `<${tag}${attrs}>\n  <script type="application/json">${inlineJson(json)}</script>${fallback ? `\n  ${fallback}` : ''}\n</${tag}>`;
  return `${scriptTag(scriptUrl)}\n${element}`;
}

/** The file a pasted document is to be saved as, for the command line. */
export const jsonFile = (tag) => (tag === 'job-directory' ? 'my-index.json' : 'my-role.json');

/** What image the element has, if any: the card (job-card) or the salary badge. */
export const imageKindOf = ({ tag, attributes }) =>
  tag === 'job-card'
    ? 'card'
    : tag === 'job-compare'
      ? 'compare'
      : tag === 'salary-card' && attributes.some(([name, value]) => name === 'variant' && value === 'badge')
        ? 'badge'
        : undefined;

/**
 * The image's URL in dist/images/ for a bundled role, and the command that makes one for any role. A
 * card comes in two sizes: `social` (1200 × 630) and `compact` (600 px wide, legible in a phone's column).
 */
export function imageSnippets({ tag, role, attributes, json, scriptUrl = CDN_SCRIPT_URL, size = 'social' }, alts = {}) {
  const kind = imageKindOf({ tag, attributes });
  if (!kind) return undefined;
  const theme = attributes.find(([name]) => name === 'theme')?.[1];
  const lang = attributes.find(([name]) => name === 'lang')?.[1];
  const sized = kind !== 'badge'; // a card or a comparison
  const dark = sized && theme === 'dark';
  const compact = sized && size === 'compact';
  const name = compact ? (kind === 'compare' ? 'compare-compact' : 'compact') : kind;
  // (Comparisons are not prebuilt: there are too many pairs. The command makes one.)
  const file = json === undefined && role !== undefined && kind !== 'compare' ? `${role}-${name}${dark ? '-dark' : ''}.svg` : undefined;
  const roles = json !== undefined ? [jsonFile(tag)] : (kind === 'compare' ? (role ?? '').split(/\s+/) : [role ?? '']).map(shellQuote);
  const words = ['npx', 'job-widgets-tools', 'render', ...roles, '--element', tag];
  if (kind === 'badge') words.push('--variant', 'badge');
  if (compact) words.push('--size', 'compact');
  if (theme === 'light' || theme === 'dark') words.push('--theme', theme);
  if (lang) words.push('--lang', shellQuote(lang));
  words.push('--format', 'svg', '--out', `${name}.svg`);
  const alt = (file && alts[file]?.alt) ?? 'ALT TEXT: printed by the command';
  // (Markdown ends a link at white space or an unmatched parenthesis: percent-encoded, the URL stays one.)
  // (From the CDN, the images are in the tools' package; self-hosted, beside the script.)
  const images = scriptUrl === CDN_SCRIPT_URL ? CDN_IMAGES_URL : `${distFolderOf(scriptUrl)}images/`;
  const url = file ? `${images}${file}`.replace(/[\s()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`) : undefined;
  return {
    url,
    markdown: url ? `![${alt.replace(/[[\]]/g, '\\$&')}](${url})` : `![${alt}](https://your.site/${name}.svg)`,
    alt,
    command: words.join(' '),
  };
}

/** The folder of the per-element CSS (dist/styles/) beside the script, for snippets rendered with `--stylesheets`. */
export const stylesUrlOf = (scriptUrl) => `${distFolderOf(scriptUrl)}styles/`;

/** The `npx job-widgets-tools render …` command line that prints the same card prerendered. */
export function cliCommand({ tag, role, attributes, json, linked, scriptUrl = CDN_SCRIPT_URL }) {
  const words = ['npx', 'job-widgets-tools', 'render'];
  if (json !== undefined) words.push(jsonFile(tag));
  // (A comparison's roles are arguments of their own: `render data-scientist database-architect`.)
  else if (role !== undefined) words.push(...(tag === 'job-compare' ? role.split(/\s+/) : [role]).map(shellQuote));
  if (tag !== 'job-profile') words.push('--element', tag);
  for (const [name, value] of attributes) if (name !== 'job') words.push(`--${name}`, shellQuote(value === true ? '' : value));
  if (linked) words.push('--stylesheets', shellQuote(stylesUrlOf(scriptUrl)));
  return words.join(' ');
}

// ---------------------------------------------------------------------------------------------------
// The elements, from the manifest

/** `'card' | 'badge'` → ['card', 'badge']; null when the type is not a union of string literals. */
function choicesOf(type) {
  const parts = String(type ?? '')
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part && part !== 'undefined' && part !== 'null');
  if (!parts.length || !parts.every((part) => /^'[^']*'$|^"[^"]*"$/.test(part))) return null;
  return parts.map((part) => part.slice(1, -1));
}

/** What control an attribute gets, from its declared type. */
function controlOf(attribute) {
  const type = attribute.type?.text ?? '';
  const choices = choicesOf(type);
  if (choices) return { kind: 'select', choices };
  const bare = type.replace(/\|\s*undefined|\|\s*null/g, '').trim();
  if (bare === 'number') return { kind: 'number' };
  if (bare === 'boolean') return { kind: 'boolean' };
  return { kind: 'text' };
}

/** A declared default worth showing: a literal (`'card'`, `2`), not an identifier. */
function defaultOf(attribute) {
  const value = String(attribute.default ?? '').trim();
  if (/^'[^']*'$|^"[^"]*"$/.test(value)) return value.slice(1, -1);
  if (/^-?\d+(\.\d+)?$|^(true|false)$/.test(value)) return value;
  return '';
}

/** The elements of a manifest: [{ tagName, summary, attributes }], the preferred ones first; throws when it has none. */
function elementsOf(manifest) {
  const found = new Map();
  for (const module of manifest?.modules ?? []) {
    for (const declaration of module?.declarations ?? []) {
      const tag = declaration?.tagName;
      if (typeof tag !== 'string' || !TAG_NAME.test(tag) || found.has(tag)) continue;
      const attributes = (declaration.attributes ?? []).filter((a) => typeof a?.name === 'string' && ATTRIBUTE_NAME.test(a.name));
      found.set(tag, { tagName: tag, summary: declaration.summary || declaration.description || '', attributes });
    }
  }
  if (!found.size) throw new Error('no custom elements in the manifest');
  const rank = (tag) => (PREFERRED_ORDER.includes(tag) ? PREFERRED_ORDER.indexOf(tag) : PREFERRED_ORDER.length);
  return [...found.values()].sort((a, b) => rank(a.tagName) - rank(b.tagName)); // stable: unknown ones keep their order
}

async function loadElements() {
  if (new URLSearchParams(location.search).get('manifest') === 'builtin') return { elements: BUILT_IN, fromManifest: false };
  try {
    const response = await fetch(new URL(MANIFEST, location.href));
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return { elements: elementsOf(JSON.parse(await response.text())), fromManifest: true };
  } catch (error) {
    console.warn('custom-elements.json could not be loaded; using the built-in list of elements.', error);
    return { elements: BUILT_IN, fromManifest: false };
  }
}

// ---------------------------------------------------------------------------------------------------
// The roles

/** Loads a document through the library itself: a hidden element's `job-load` (its validated data). */
function loadThroughElement(tag, attributes = {}) {
  return new Promise((resolve, reject) => {
    const holder = document.createElement('div');
    holder.hidden = true;
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    element.addEventListener('job-load', (event) => (holder.remove(), resolve(event.detail.data)), { once: true });
    element.addEventListener('job-error', (event) => (holder.remove(), reject(new Error(event.detail.error.message))), { once: true });
    holder.append(element);
    document.body.append(holder);
  });
}

/** The bundled index ({ roles: [{ id, title, … }] }): data/index.json, else the library's own. */
async function bundledIndex() {
  try {
    if (!DATA) throw new Error('no data/ folder here');
    const response = await fetch(new URL(`${DATA}index.json`, location.href));
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return JSON.parse(await response.text());
  } catch {
    // A server that does not serve data/ as plain JSON: the directory element knows the bundled index.
    return loadThroughElement('job-directory');
  }
}

/** The bundled roles as [{ id, title }], by title. */
async function loadRoles() {
  const index = await bundledIndex();
  return (index?.roles ?? []).filter((r) => typeof r?.id === 'string' && typeof r?.title === 'string').sort((a, b) => a.title.localeCompare(b.title));
}

/** A bundled role's document, as text for the JSON editor. */
async function roleDocument(id) {
  let role;
  try {
    if (!DATA) throw new Error('no data/ folder here');
    const response = await fetch(new URL(`${DATA}roles/${encodeURIComponent(id)}.json`, location.href));
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    role = JSON.parse(await response.text());
  } catch {
    role = await loadThroughElement('job-profile', { job: id });
  }
  return JSON.stringify(role, null, 2);
}

// ---------------------------------------------------------------------------------------------------
// The page

const $ = (id) => document.getElementById(id);
const form = $('options');
const roleSelect = $('role');
const elementSelect = $('element');
const json = $('json');
const column = $('column');
const stage = $('stage');
const ownFields = $('own-fields');
/** The script URL the snippet loads (the field's, remembered across visits). */
const scriptUrl = bindScriptUrlField($('script-url'), () => update(), $('script-url-reset'));

/** Text with `code` spans (the manifest's descriptions are Markdown-ish) as DOM nodes, never as markup. */
function withCode(text) {
  return String(text)
    .replace(/\s+/g, ' ')
    .trim()
    .split('`')
    .map((part, i) => {
      if (i % 2 === 0) return document.createTextNode(part);
      const code = document.createElement('code');
      code.textContent = part;
      return code;
    });
}

let elements = BUILT_IN;
const elementByTag = (tag) => elements.find((e) => e.tagName === tag) ?? elements[0];
/** Values typed into the own-attribute fields, kept by name across element changes. */
const ownValues = new Map();

function fillElements(fromManifest) {
  const chosen = elementSelect.value || 'job-profile';
  elementSelect.replaceChildren(...elements.map((e) => new Option(e.tagName, e.tagName, false, e.tagName === chosen)));
  if (!elementSelect.value) elementSelect.selectedIndex = 0;
  $('manifest-note').textContent =
    fromManifest === undefined
      ? ''
      : fromManifest
        ? 'Elements and attributes from custom-elements.json.'
        : 'custom-elements.json could not be loaded (run npm run build and serve the page with npm start), so this is the built-in list of elements.';
}

/** The element's own attributes, as fields; the shared options are enabled only where the element has them. */
function buildFields() {
  const element = elementByTag(elementSelect.value);
  const declared = new Set(element.attributes.map((a) => a.name));
  for (const name of COMMON) {
    const control = $(name);
    control.disabled = name !== 'lang' && !declared.has(name);
  }
  $('element-summary').replaceChildren(...withCode(element.summary));
  $('own-tag').textContent = element.tagName;
  const own = element.attributes.filter((a) => !INTERNAL.has(a.name) && !NOT_OFFERED.has(a.name));
  ownFields.replaceChildren(...own.map(field));
  $('own-none').hidden = own.length > 0;
  const directory = element.tagName === 'job-directory';
  $('role-note').hidden = !directory;
  $('json-label').textContent = directory ? 'Index JSON ({ "roles": [...] })' : 'Role JSON';
  $('json-start').textContent = directory ? 'Start from the bundled index' : 'Start from the bundled role';
}

/** One attribute's label, control and description. */
function field(attribute) {
  const { name } = attribute;
  const id = `attr-${name}`;
  const control = controlOf(attribute);
  const fallback = defaultOf(attribute);
  const stored = ownValues.get(name);
  const wrapper = document.createElement('div');
  wrapper.className = 'field';
  const label = document.createElement('label');
  label.htmlFor = id;
  const code = document.createElement('code');
  code.textContent = name;
  label.append(code);
  let input;
  if (control.kind === 'select') {
    input = document.createElement('select');
    input.append(new Option(fallback ? `default (${fallback})` : 'not set', ''));
    for (const choice of control.choices) input.append(new Option(choice, choice));
    input.value = control.choices.includes(stored) ? stored : '';
  } else if (control.kind === 'boolean') {
    input = document.createElement('input');
    input.type = 'checkbox';
    input.checked = stored === true;
  } else {
    input = document.createElement('input');
    input.type = control.kind === 'number' ? 'number' : 'text';
    if (control.kind === 'number') input.step = '1';
    else input.spellcheck = false;
    input.autocomplete = 'off';
    input.value = typeof stored === 'string' ? stored : '';
    if (fallback) input.placeholder = fallback;
    const suggestions = SUGGESTIONS[name];
    if (suggestions && control.kind === 'text') {
      const list = document.createElement('datalist');
      list.id = `${id}-suggestions`;
      list.append(...suggestions.map((s) => new Option(s)));
      input.setAttribute('list', list.id);
      wrapper.append(list);
    }
  }
  input.id = id;
  input.dataset.attribute = name;
  input.dataset.own = '';
  const hint = document.createElement('p');
  hint.className = 'hint';
  hint.id = `${id}-hint`;
  hint.append(...withCode(attribute.description ?? ''));
  if (fallback && control.kind !== 'select') hint.append(` Default: ${fallback}.`);
  input.setAttribute('aria-describedby', hint.id);
  if (control.kind === 'boolean') {
    const row = document.createElement('div');
    row.className = 'choice';
    row.append(input, label);
    wrapper.append(row, hint);
  } else {
    wrapper.append(label, input, hint);
  }
  return wrapper;
}

/** Everything the snippet depends on, read from the controls. */
function currentOptions() {
  const tag = elementByTag(elementSelect.value).tagName;
  const fromJson = form.elements.source.value === 'json';
  const directory = tag === 'job-directory';
  // A comparison takes a second role (and may take up to four: the snippet can be edited).
  const role = fromJson || directory ? undefined : tag === 'job-compare' ? `${roleSelect.value} ${$('compare-with').value}` : roleSelect.value;
  const attributes = role === undefined ? [] : [['job', role]];
  for (const name of COMMON) {
    const control = $(name);
    const value = control.value.trim();
    if (!control.disabled && value) attributes.push([name, value]);
  }
  for (const input of ownFields.querySelectorAll('[data-own]')) {
    const name = input.dataset.attribute;
    if (input.type === 'checkbox') {
      if (input.checked) attributes.push([name, true]);
    } else if (input.value.trim() !== '') {
      attributes.push([name, input.value.trim()]);
    }
  }
  return { tag, role, attributes, json: fromJson ? json.value : undefined, linked: $('linked').checked, scriptUrl: scriptUrl() };
}

// --- The live preview ---

let preview;
let previewKey;
let releaseTimer;

function setPreviewStatus(text) {
  $('preview-status').textContent = text;
}

function showProblems(verdict, issues = [], bad = false) {
  $('json-verdict').textContent = verdict;
  $('json-problems').classList.toggle('bad', bad);
  $('json-issues').replaceChildren(
    ...issues.map(({ path, message }) => {
      const li = document.createElement('li');
      li.textContent = `${path || '(document)'}: ${message}`;
      return li;
    }),
  );
}

/** Holds the column's height while a new element loads (it takes no space until then), so the page does not jump. */
function holdHeight() {
  column.style.minBlockSize = `${column.getBoundingClientRect().height}px`;
  clearTimeout(releaseTimer);
  releaseTimer = setTimeout(releaseHeight, 4000);
}
function releaseHeight() {
  clearTimeout(releaseTimer);
  column.style.minBlockSize = '';
}

/** What makes a new preview element: its tag and attributes (inline JSON edits reload the same one). */
const previewKeyOf = (options) => JSON.stringify([options.tag, options.attributes, options.json !== undefined]);

function updatePreview(options) {
  const key = previewKeyOf(options);
  if (preview && key === previewKey) {
    // Same element and attributes: only the inline JSON changed, and the element reloads on its own.
    const inline = preview.querySelector(':scope > script[type="application/json"]');
    if (inline && inline.textContent !== options.json) {
      inline.textContent = options.json;
      setPreviewStatus('Loading…');
    }
    return;
  }
  previewKey = key;
  holdHeight();
  const element = document.createElement(options.tag);
  for (const [name, value] of options.attributes) element.setAttribute(name, value === true ? '' : value);
  if (options.json !== undefined) {
    const inline = document.createElement('script');
    inline.type = 'application/json';
    inline.textContent = options.json;
    element.append(inline);
  }
  preview = element;
  column.replaceChildren(element);
  setPreviewStatus(customElements.get(options.tag) ? 'Loading…' : `<${options.tag}> is not defined by dist/job-widgets.js (is the build older than the manifest?).`);
}

column.addEventListener('job-load', (event) => {
  if (event.target !== preview) return;
  releaseHeight();
  void showFallback(preview);
  $('snippet-warning').hidden = true;
  const empty = preview.hasAttribute('empty');
  setPreviewStatus(
    empty ? `Ready, but this role has no data for <${preview.localName}>: the element renders nothing (and gets the empty attribute).` : 'Ready.',
  );
  if (form.elements.source.value === 'json') showProblems('No problems: the document is valid.');
});
column.addEventListener('job-error', (event) => {
  if (event.target !== preview) return;
  releaseHeight();
  $('script-snippet').dataset.complete = ''; // no data, no fallback: the snippet is as complete as it gets
  const { message, issues } = event.detail.error;
  $('snippet-warning').hidden = false;
  setPreviewStatus(`Error: ${message}`);
  if (form.elements.source.value === 'json') showProblems(message, issues, true);
});

// --- The prerendered HTML, from the demo server ---

let renderController;
let renderTimer;
const NO_RENDER_SERVER =
  'The prerendered HTML itself shows here only when this page is served by the demo server (npm start in the project folder). ' +
  'Anywhere else, run the command above: it prints the same HTML.';

function requestRender(options) {
  clearTimeout(renderTimer);
  if (STATIC) {
    // A static page has no server to render: the command is the way.
    $('render-panel').hidden = true;
    $('render-status').textContent = NO_RENDER_SERVER;
    return;
  }
  renderTimer = setTimeout(() => fetchRender(options), 300);
}

async function fetchRender(options) {
  renderController?.abort();
  const controller = new AbortController();
  renderController = controller;
  const params = new URLSearchParams({ element: options.tag });
  if (options.role !== undefined) params.set('role', options.role);
  for (const [name, value] of options.attributes) if (name !== 'job') params.set(name, value === true ? '' : value);
  if (options.linked) params.set('stylesheets', stylesUrlOf(options.scriptUrl));
  const init = { signal: controller.signal };
  if (options.json !== undefined) Object.assign(init, { method: 'POST', headers: { 'content-type': 'application/json' }, body: options.json });
  const status = $('render-status');
  const panel = $('render-panel');
  try {
    const response = await fetch(`render?${params}`, init);
    const text = await response.text();
    if (controller !== renderController) return;
    if (response.ok) {
      $('prerendered').textContent = text;
      panel.hidden = false;
      status.textContent = `The prerendered HTML (${(new Blob([text]).size / 1024).toFixed(1)} KB), from the demo server:`;
    } else if (response.status === 404 || response.status === 405) {
      throw new Error(`HTTP ${response.status}`); // not the demo server
    } else {
      panel.hidden = true;
      status.textContent = response.status < 500 ? `Not rendered: ${text}` : `The demo server could not render it (HTTP ${response.status}): ${text}`;
    }
  } catch (error) {
    if (error.name === 'AbortError' || controller !== renderController) return;
    panel.hidden = true;
    status.textContent = NO_RENDER_SERVER;
  }
}

// --- Everything, on any change ---

let jsonTimer;

/** The fallback writer (src/ssr/fallback.ts, bundled by the build beside the static builder). */
const fallbackWriter = import(STATIC ? './fallback.js' : '../dist/builder/fallback.js').catch(() => undefined);
/** The preview's fallback HTML once it has loaded (the snippet carries it), for the options it was made for. */
let fallback;

/** Writes the fallback of what the preview shows into the snippet (the preview's validated data, its attributes). */
async function showFallback(element) {
  const writer = await fallbackWriter;
  if (!writer || element !== preview || !element.profile) return;
  const attribute = (name) => element.getAttribute(name) ?? undefined;
  const language = (attribute('lang') ?? attribute('locale') ?? 'en').toLowerCase().startsWith('es') ? writer.es : writer.en;
  let html = '';
  try {
    html = writer.fallbackHtml(element.profile, {
      element: element.localName,
      variant: attribute('variant'),
      locale: attribute('locale') ?? attribute('lang') ?? 'en-US',
      labels: language,
      jobHref: attribute('job-href'),
      href: attribute('href'),
    });
  } catch (error) {
    console.warn('The fallback could not be written:', error); // the snippet goes without it
  }
  const options = currentOptions();
  fallback = { key: previewKey, json: options.json, html };
  $('script-snippet').textContent = scriptSnippet({ ...options, fallback: html });
  $('script-snippet').dataset.complete = ''; // (for tests and scripts: the snippet has its fallback)
}

function update() {
  const options = currentOptions();
  const known = fallback?.key === previewKeyOf(options) && fallback.json === options.json;
  $('script-snippet').textContent = scriptSnippet({ ...options, fallback: known ? fallback.html : '' });
  $('script-snippet').toggleAttribute('data-complete', known);
  const compare = options.tag === 'job-compare';
  $('compare-field').hidden = !compare || options.json !== undefined;
  $('cli-command').textContent = cliCommand(options);
  $('cli-note').hidden = options.json === undefined;
  $('cli-file').textContent = jsonFile(options.tag);
  roleSelect.disabled = options.json !== undefined || options.tag === 'job-directory';
  updatePreview(options);
  requestRender(options);
  updateImage(options);
}

/** The alt texts of dist/images/ (written by the build), once fetched. */
let imageAlts = {};
// (The static builder has a copy beside it: the images themselves ship in job-widgets-tools, not beside job-widgets.js.)
fetch(STATIC ? './images.json' : `${DIST}images/index.json`).then(
  (response) => (response.ok ? response.json() : {}),
  () => ({}),
).then((alts) => {
  imageAlts = alts;
  update();
});

function updateImage(options) {
  const image = imageSnippets({ ...options, size: $('image-size').value }, imageAlts);
  $('image-panel').hidden = !image;
  if (!image) return;
  $('image-size-field').hidden = imageKindOf(options) === 'badge';
  // The preview is the image itself, where the page can show it (a bundled role's prebuilt file).
  $('image-preview-box').hidden = !image.url;
  if (image.url && $('image-preview').getAttribute('src') !== image.url) $('image-preview').src = image.url;
  $('image-preview').alt = image.url ? image.alt : '';
  $('image-url').textContent = image.url ?? (options.tag === 'job-compare' ? 'not prebuilt: the command below makes it' : 'not for pasted JSON');
  $('image-markdown').textContent = image.markdown;
  $('image-command').textContent = image.command;
}

$('image-size').addEventListener('change', () => update());
form.addEventListener('submit', (event) => event.preventDefault());
form.addEventListener('input', (event) => {
  const target = event.target;
  if (target === json) {
    // Validate as the user types, but not on every key.
    clearTimeout(jsonTimer);
    jsonTimer = setTimeout(update, 250);
    return;
  }
  if (target.dataset?.own !== undefined && target.dataset?.attribute) ownValues.set(target.dataset.attribute, target.type === 'checkbox' ? target.checked : target.value);
  if (target !== elementSelect && target.name !== 'source') update();
});
form.addEventListener('change', async (event) => {
  const target = event.target;
  if (target === elementSelect) {
    buildFields();
    update();
  } else if (target.name === 'source') {
    const fromJson = form.elements.source.value === 'json';
    $('json-panel').hidden = !fromJson;
    showProblems('');
    if (fromJson && !json.value.trim()) await startFromBundled();
    update();
  }
});

async function startFromBundled() {
  const button = $('json-start');
  button.disabled = true;
  try {
    json.value = elementSelect.value === 'job-directory' ? JSON.stringify(await bundledIndex(), null, 2) : await roleDocument(roleSelect.value);
  } catch (error) {
    showProblems(`The bundled role could not be loaded: ${error.message}`, [], true);
  } finally {
    button.disabled = false;
  }
}
$('json-start').addEventListener('click', async () => {
  await startFromBundled();
  update();
});

// The preview's surroundings: the page's background and the column's width.
for (const radio of document.querySelectorAll('input[name="background"]')) {
  radio.addEventListener('change', () => (stage.dataset.background = radio.value));
}
function setWidth(px) {
  column.style.inlineSize = `${px}px`;
}
for (const radio of document.querySelectorAll('input[name="width"]')) {
  radio.addEventListener('change', () => setWidth(radio.value));
}
// On a narrow screen start with the narrowest column, so the preview fits.
if (!matchMedia('(min-width: 56rem)').matches) document.querySelector('input[name="width"][value="280"]').checked = true;
setWidth(document.querySelector('input[name="width"]:checked').value);

// --- Copy buttons ---

function selectContents(node) {
  const range = document.createRange();
  range.selectNodeContents(node);
  const selection = getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
}

async function copy(button) {
  const source = $(button.dataset.copy);
  const status = button.parentElement.querySelector('.copied');
  const text = source.textContent;
  let message;
  try {
    await navigator.clipboard.writeText(text);
    message = 'Copied.';
  } catch {
    // No clipboard access (an insecure origin, a denied permission): select the text for the user to copy.
    selectContents(source);
    let copied = false;
    try {
      copied = document.execCommand('copy');
    } catch {
      copied = false;
    }
    message = copied ? 'Copied.' : 'Selected: press Ctrl+C (⌘C on a Mac) to copy.';
  }
  // Cleared first, so the same message is announced again on the next copy.
  status.textContent = '';
  setTimeout(() => (status.textContent = message), 50);
}
$('linked').addEventListener('change', update);
for (const button of document.querySelectorAll('[data-copy]')) button.addEventListener('click', () => copy(button));

// --- Start ---

fillElements(undefined);
buildFields();
update();

const [{ elements: loaded, fromManifest }, roles] = await Promise.all([
  loadElements(),
  loadRoles().catch((error) => {
    console.warn('The bundled roles could not be listed.', error);
    return [];
  }),
]);
elements = loaded;
fillElements(fromManifest);
if (roles.length) {
  const chosen = roleSelect.value;
  roleSelect.replaceChildren(...roles.map(({ id, title }) => new Option(title, id, false, id === chosen)));
  const other = $('compare-with').value;
  $('compare-with').replaceChildren(...roles.map(({ id, title }) => new Option(title, id, false, id === other)));
}
buildFields();
update();
document.documentElement.dataset.builderReady = '';
