#!/usr/bin/env node
/**
 * Writes dist/role.schema.json, the JSON Schema of a role document, generated from the zod schema the
 * elements use (so editors such as VS Code validate and complete role files through "$schema").
 * Run by `npm run build`, after rollup has built dist/lib.
 */
import { writeFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { RoleSchema } from '../dist/lib/schema/role.js';

const schema = z.toJSONSchema(RoleSchema, { io: 'input', unrepresentable: 'any' });

// JSON Schema's "uri" format accepts any scheme; links in role data must be http(s).
(function restrictLinks(node) {
  if (!node || typeof node !== 'object') return;
  if (node.format === 'uri') node.pattern = '^\\s*[Hh][Tt][Tt][Pp][Ss]?://';
  for (const value of Object.values(node)) restrictLinks(value);
})(schema);

const out = {
  title: 'job-widgets role',
  description:
    'One tech job role for job-widgets. Generated from src/schema/role.ts. Checks that JSON Schema cannot express (a period that ends after it starts, percentiles in order, text with something visible in it: not only spaces, invisible characters or marks). Text patterns are meant for Unicode mode, as JSON Schema 2020-12 reads them. are made by the elements and by `job-widgets validate`.',
  ...schema,
};
writeFileSync('dist/role.schema.json', `${JSON.stringify({ $schema: schema.$schema, ...out }, null, 2)}\n`);
console.log('dist/role.schema.json written');
