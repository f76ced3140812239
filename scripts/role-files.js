/**
 * The script-tag build's role files (rollup.config.js, its first configuration), so that
 * dist/job-widgets.js holds no table of the bundled roles and does not grow with their number:
 * - every data/roles/<id>.json becomes the chunk `roles/<id>-<tag>.js`, through the other plugins
 *   (trusted-data validates and normalises it, the JSON plugin makes it a module). `<tag>` is the
 *   same for every role of a build: eight characters of a hash of all of them as they ship, so a
 *   change to any role gives every role file a new name (they can be cached for good, like the
 *   hashed chunks), and the main module completes the name with the id at run time;
 * - src/data/bundled.ts (a table of import() calls, which bundlers need) is replaced by
 *   src/data/bundled-url.ts, whose `TAG` placeholder becomes the tag.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { trustedJson } from './trusted-data.js';

const path = (relative) => fileURLToPath(new URL(relative, import.meta.url));
const ROLES = path('../data/roles/');
const TABLE = path('../src/data/bundled.ts');
const BY_URL = path('../src/data/bundled-url.ts');
/** The placeholder in bundled-url.ts: as long as the tag, so the source map's columns stay right. */
const PLACEHOLDER = '%ROLETAG';
/** A role id (src/schema/role.ts RoleId): what bundled-url.ts asks for. */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The tag of the role files: a hash of every role's file name and normalised data. */
export async function roleFilesTag(files) {
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${file}\0${await trustedJson(`${ROLES}${file}`, readFileSync(`${ROLES}${file}`, 'utf8'))}\0`);
  return hash.digest('base64url').slice(0, PLACEHOLDER.length);
}

export function roleFiles() {
  let tag;
  return {
    name: 'role-files',
    async buildStart() {
      const files = readdirSync(ROLES).filter((f) => f.endsWith('.json')).sort();
      tag = await roleFilesTag(files);
      for (const file of files) {
        const id = file.slice(0, -'.json'.length);
        if (!ID.test(id)) this.error(`data/roles/${file}: the file name is not a role id, so no page could load it`);
        this.emitFile({ type: 'chunk', id: `${ROLES}${file}`, fileName: `roles/${id}-${tag}.js` });
      }
    },
    async resolveId(source, importer, options) {
      if (!importer || importer === BY_URL || !source.endsWith('/bundled.js')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === TABLE ? BY_URL : null;
    },
    transform: {
      order: 'post', // after TypeScript, which compiles from the file, not from what earlier plugins give it
      handler(code, id) {
        if (id !== BY_URL) return null;
        if (!code.includes(`'${PLACEHOLDER}'`)) this.error(`no '${PLACEHOLDER}' to replace with the tag of the role files`);
        return { code: code.replaceAll(`'${PLACEHOLDER}'`, `'${tag}'`), map: null };
      },
    },
    generateBundle(_, bundle) {
      const table = Object.values(bundle).find((file) => file.type === 'chunk' && TABLE in file.modules);
      if (table) this.error(`${table.fileName} bundles src/data/bundled.ts, the table of the roles`);
    },
  };
}
