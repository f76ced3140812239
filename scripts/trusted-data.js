/**
 * Bundled data is trusted: a rollup plugin (also used by the test runner, through
 * @web/dev-server-rollup) that validates every bundled role (data/roles/*.json) and the role index
 * (data/index.json) with the elements' own zod schema when the package is built, and replaces each
 * file by its normalised form (trimmed text, links as their parsed href). An invalid file fails the
 * build with every problem by path, so the browser never needs the validator for bundled data.
 * Put it before the JSON plugin.
 */
import { build } from 'esbuild';

const ROLE = /[\\/]data[\\/]roles[\\/][^\\/]+\.json$/;
const INDEX = /[\\/]data[\\/]index\.json$/;

/** The schema module (src/schema/validate.ts), compiled for Node once per process. */
let validator;
async function loadValidator() {
  validator ??= build({
    entryPoints: [new URL('../src/schema/validate.ts', import.meta.url).pathname],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'silent',
  }).then(({ outputFiles }) => import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`));
  return validator;
}

/**
 * Validates and normalises one bundled file's JSON text; throws an Error naming the file and every
 * problem when it is not valid. Returns the normalised JSON text.
 */
export async function trustedJson(id, text) {
  const { parseRole, parseRoleIndex } = await loadValidator();
  const name = id.replace(/^.*[\\/](data[\\/])/, '$1');
  let json;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${name}: invalid JSON: ${error.message}`);
  }
  const result = INDEX.test(id) ? parseRoleIndex(json) : parseRole(json);
  if (!result.ok) {
    const problems = result.issues.map((i) => `  ${i.path || '(document)'}: ${i.message}`).join('\n');
    throw new Error(`${name} is not a valid ${INDEX.test(id) ? 'role index' : 'role'} (bundled data must be):\n${problems}`);
  }
  return JSON.stringify(result.data);
}

export function trustedData() {
  return {
    name: 'trusted-data',
    async transform(code, id) {
      if (!ROLE.test(id) && !INDEX.test(id)) return null;
      return { code: await trustedJson(id, code), map: null };
    },
  };
}
