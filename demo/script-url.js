/**
 * Where a snippet loads `job-widgets.js` from, for the pages that print snippets (the embed builder and
 * the playground): by default this version on the jsDelivr npm CDN, or the URL the user typed, which
 * the browser remembers (localStorage) for the next visit.
 */

/** The package's name and version: kept equal to package.json's by test/script-url.test.js (the build writes them into dist/builder/). */
export const PACKAGE = 'job-widgets';
export const VERSION = '0.1.0';

/** This version's script on jsDelivr's npm CDN: `https://cdn.jsdelivr.net/npm/NAME@VERSION/FILE` (a version's files never change). */
export const CDN_SCRIPT_URL = `https://cdn.jsdelivr.net/npm/${PACKAGE}@${VERSION}/dist/job-widgets.js`;

/** The prebuilt images of this version: they ship in the Node tools' package, `job-widgets-tools` (same version). */
export const CDN_IMAGES_URL = `https://cdn.jsdelivr.net/npm/${PACKAGE}-tools@${VERSION}/dist/images/`;

/** The localStorage key of the URL the user typed (shared by the builder and the playground). */
export const STORAGE_KEY = 'job-widgets:script-url';

/** The URL the user typed last, or undefined (none, or no storage: a sandboxed frame, storage turned off). */
export function rememberedScriptUrl() {
  try {
    return localStorage.getItem(STORAGE_KEY) || undefined;
  } catch {
    return undefined;
  }
}

/** Remembers `url`; the default (or nothing) is forgotten, so a newer version's default takes over. */
export function rememberScriptUrl(url) {
  try {
    if (!url || url === CDN_SCRIPT_URL) localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, url);
  } catch {
    // No storage: the value lasts as long as the page.
  }
}

/** The snippet's script tag for `url` (escaped: nothing typed can end the attribute or start a tag). */
export const scriptTag = (url) =>
  `<script type="module" src="${url.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}"></script>`;

/** The folder of a script URL (where dist/'s other files are): `…/dist/job-widgets.js` → `…/dist/`. */
export const distFolderOf = (scriptUrl) => scriptUrl.replace(/[?#].*$/, '').replace(/[^/]*$/, '');

/**
 * Wires a text field to the script URL: filled with the remembered URL (else the CDN's), remembered as
 * the user types, empty meaning the default; `reset` (a button) puts the default back. Calls `onChange`
 * with the URL in use after each change.
 * @param {HTMLInputElement} input
 * @param {(url: string) => void} onChange
 * @param {HTMLButtonElement} [reset]
 * @returns {() => string} the URL in use
 */
export function bindScriptUrlField(input, onChange, reset) {
  input.placeholder = CDN_SCRIPT_URL;
  input.value = rememberedScriptUrl() ?? CDN_SCRIPT_URL;
  const current = () => input.value.trim() || CDN_SCRIPT_URL;
  input.addEventListener('input', () => {
    rememberScriptUrl(input.value.trim());
    onChange(current());
  });
  reset?.addEventListener('click', () => {
    input.value = CDN_SCRIPT_URL;
    rememberScriptUrl(CDN_SCRIPT_URL);
    onChange(current());
  });
  return current;
}
