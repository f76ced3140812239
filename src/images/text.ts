/**
 * Text hygiene for the images: an SVG holds only characters XML allows, and a Markdown snippet's alt
 * text and URL stay text and a URL, whatever the role's text is. (The schema refuses such characters
 * in data; this is the images' own guard, for any role object that reaches them.)
 */

/** What XML 1.0 cannot hold: C0 controls but tab, newline and CR; U+FFFE, U+FFFF; lone surrogates. */
const NON_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** `text` without the characters XML cannot hold: vertical tab and form feed become spaces, the rest is dropped. */
export const xmlSafe = (text: string): string => text.replace(/[\v\f]/g, ' ').replace(NON_XML, '');

/** `value` (a role: objects, arrays, strings, numbers) with every string made XML-safe. */
export function xmlSafeDeep<T>(value: T): T {
  if (typeof value === 'string') return xmlSafe(value) as T;
  if (Array.isArray(value)) return value.map(xmlSafeDeep) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, xmlSafeDeep(item)])) as T;
  }
  return value;
}

/** All whitespace (line and paragraph separators and NEL included) as one space: one line. */
export const oneLine = (text: string): string => text.replace(/[\s\u0085]+/g, ' ').trim();

/**
 * Text for a Markdown image's brackets: one line, and every character CommonMark or GFM could read as
 * markup escaped with a backslash (escapes, code, emphasis, strikethrough, links and images, HTML
 * and autolinks, tables; `$` for the math of GitHub and others). `&`, `[` and `]` are character
 * references instead: marked drops the backslash of `\[` and parses the brackets' text again, and
 * copies `\&lt;` into the alt attribute as `&lt;`. Parentheses, dots and colons mean nothing inside
 * the brackets once the brackets are references, so they stay readable.
 */
export const markdownText = (text: string): string =>
  oneLine(xmlSafe(text))
    .replace(/[\\`*_~<>!|$]/g, '\\$&')
    .replace(/[&[\]]/g, (character) => ({ '&': '&amp;', '[': '&#91;', ']': '&#93;' })[character]!);

const URL_CHARACTERS = /[A-Za-z0-9\-._~:/?#@!$&'()*+,;=%]/;
const utf8 = new TextEncoder();

/**
 * A Markdown link destination that is `url`, and ends where it should: every character outside
 * URL characters is percent-encoded (whitespace, controls, `<>`, quotes, backslash, backtick,
 * brackets, non-ASCII); `(` and `)` are backslash-escaped (Markdown pairs parentheses) and `&` is
 * `&amp;` (Markdown reads `&name;` as a character reference; marked copies `\&` into `src` as `&`).
 */
export function markdownUrl(url: string): string {
  let out = '';
  for (const character of url) {
    if (character === '&') out += '&amp;';
    else if (URL_CHARACTERS.test(character)) out += /[()]/.test(character) ? `\\${character}` : character;
    else for (const byte of utf8.encode(character)) out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}
