/**
 * dist/role.schema.json (generated from the zod schema by the build) against the zod schema itself:
 * they agree on the bundled roles and on the broken documents, except for the checks JSON Schema
 * cannot express, which are listed here so a new difference fails the test.
 */
import { Validator, type Schema } from '@cfworker/json-schema';
import { expect } from '@open-wc/testing';
import { seedRole } from './fixtures/roles.js';
import { bundledRoleIds, bundledRoles } from '../src/data/bundled.js';
import { parseRole } from '../src/schema/validate.js';
import { broken } from './broken-documents.js';
import { SCRIPT_URL } from './fixtures/hostile.js';

/** Checks only the elements and the CLI make: text with nothing visible, and orders across fields. */
const BEYOND_JSON_SCHEMA = [
  'a blank title',
  'a title of zero-width spaces',
  'a source name of format characters and marks',
  'a growth period that runs backwards',
  'percentiles out of order',
];

let validator: Validator;
before(async () => {
  const schema = (await (await fetch('/dist/role.schema.json')).json()) as Schema;
  validator = new Validator(schema, '2020-12', false);
});

const jsonSchemaAccepts = (doc: unknown) => validator.validate(doc).valid;

describe('dist/role.schema.json', () => {
  it('accepts every bundled role, as the zod schema does', async () => {
    for (const id of bundledRoleIds()) {
      const role = await bundledRoles[id]!();
      expect(parseRole(role).ok, id).to.be.true;
      expect(jsonSchemaAccepts(role), id).to.be.true;
    }
  });

  for (const [what, edit] of broken) {
    const gap = BEYOND_JSON_SCHEMA.includes(what);
    it(`${gap ? 'cannot express' : 'rejects, as zod does,'} ${what}`, () => {
      const doc = seedRole();
      edit(doc);
      expect(parseRole(doc).ok).to.be.false;
      expect(jsonSchemaAccepts(doc)).to.equal(gap);
    });
  }

  it('accepts tabs, line breaks and emoji in text (its pattern is read in Unicode mode)', () => {
    const doc = seedRole();
    doc.title = 'Back-end Developer 🚀';
    doc.summary = 'Builds servers.\n\tAnd APIs.';
    expect(parseRole(doc).ok).to.be.true;
    expect(jsonSchemaAccepts(doc)).to.be.true;
  });

  it('accepts only http(s) links', () => {
    const withLink = (url: string) => {
      const doc = seedRole() as { skills: { url?: string }[] };
      doc.skills[0]!.url = url;
      return doc;
    };
    expect(jsonSchemaAccepts(withLink('https://example.com/'))).to.be.true;
    expect(jsonSchemaAccepts(withLink('HTTP://example.com/'))).to.be.true;
    for (const bad of [SCRIPT_URL, 'data:text/html,x', 'ftp://example.com/', '/relative']) {
      expect(jsonSchemaAccepts(withLink(bad)), bad).to.be.false;
    }
  });
});
