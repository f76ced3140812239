import { importChunk } from './chunk.js';

export type JsonResult = { ok: true; value: unknown } | { ok: false; message: string };

/**
 * JSON.parse with an error that says where, the same in every browser: `Unexpected '}' at line 3,
 * column 12`. Browsers word syntax errors differently and some give no position at all, so the
 * position is found by a small scanner, loaded (as its own chunk) only when parsing has failed.
 */
const describer = () => import('./json-error.js');

export async function parseJson(text: string): Promise<JsonResult> {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const { describeSyntaxError } = await importChunk(describer);
    return { ok: false, message: describeSyntaxError(text) ?? (error instanceof Error ? error.message : String(error)) };
  }
}
