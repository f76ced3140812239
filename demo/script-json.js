/**
 * JSON as the text of an HTML `<script type="application/json">`, for the snippets the demo pages copy
 * (the embed builder and the playground).
 */

/**
 * Every `<` written `\u003c`: JSON's own escape (only strings can hold a `<`), so `JSON.parse` reads the
 * same data. Inside a script element the HTML parser leaves plain text only at a `<` (`</script` ends
 * the element; `<!--` then `<script` make it skip the next `</script>` and swallow the rest of the page),
 * so with no `<` left nothing in the data can do either. `>`, `&` and U+2028/2029 mean nothing there
 * (and `JSON.parse` takes U+2028/2029 as they are), so they stay readable.
 * @param {string} text JSON text
 * @returns {string}
 */
export const scriptJson = (text) => text.replace(/</g, '\\u003c');
