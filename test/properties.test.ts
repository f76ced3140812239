/**
 * Property-based tests (fast-check, with a fixed seed so CI runs the same cases; a failure prints the
 * seed, the path and the shrunk counterexample, and `{ seed, path }` in the options replays it): arbitrary JSON and arbitrary mutations of a valid role never throw out of
 * validation, and an element given them always ends in `ready` or `error` with exactly one event, and
 * never renders a script, an event-handler attribute or a link that is not http(s).
 */
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import { backEndDeveloper, seedRole } from './fixtures/roles.js';
import '../src/define.js';
import type { RoleElement } from '../src/core/role-element.js';
import { parseRole, parseRoleIndex } from '../src/schema/validate.js';
import { RUNNING_MARKUP, RUNNING_URLS } from './fixtures/hostile.js';

const SEED = 20261201;
const RUNS = 300;

/** Every path to a value in the seed role, e.g. ['salary', 'source', 'url']. */
function pathsOf(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [path, ...value.flatMap((v, i) => pathsOf(v, [...path, i]))];
  if (value && typeof value === 'object') return [path, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...path, k]))];
  return [path];
}
/** The seed's paths, and the link fields it leaves out (every link field the schema has). */
const LINKS: (string | number)[][] = [
  ['salary', 'source', 'url'],
  ['growth', 'source', 'url'],
  ['openings', 'source', 'url'],
  ['skills', 0, 'url'],
  ['skills', 3, 'url'],
  ['related', 0, 'url'],
];
const PATHS = [...pathsOf(backEndDeveloper).filter((p) => p.length > 0), ...LINKS];

const hostileValue = fc.oneof(
  fc.constantFrom(...RUNNING_MARKUP, ...RUNNING_URLS),
  fc.string(),
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(null, -1, 1e308, Number.MAX_SAFE_INTEGER, '', ' '),
);

/** A mutation of the seed role: some paths set to arbitrary (often hostile) values, some deleted. */
const change = fc.oneof(
  fc.tuple(fc.constantFrom(...PATHS), fc.oneof(hostileValue, fc.constant(undefined))),
  fc.tuple(fc.constantFrom(...LINKS), fc.constantFrom(...RUNNING_URLS)),
);
const mutatedRole = fc.array(change, { minLength: 1, maxLength: 4 }).map(
  (changes) => {
    const role = seedRole() as Record<string, unknown>;
    for (const [path, value] of changes) {
      let node = role as Record<string | number, unknown>;
      for (const key of path.slice(0, -1)) {
        if (!node[key] || typeof node[key] !== 'object') break;
        node = node[key] as Record<string | number, unknown>;
      }
      const last = path[path.length - 1]!;
      if (value === undefined) Reflect.deleteProperty(node, last);
      else node[last] = value;
    }
    return role;
  },
);

/** Everything below `root`, through shadow roots. */
function deepAll(root: Element | ShadowRoot): Element[] {
  return [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? deepAll(el.shadowRoot) : [])]);
}

/** What must never be rendered from data: scripts, event-handler attributes, links that are not http(s). */
function unsafeIn(el: Element): string[] {
  const found: string[] = [];
  for (const node of deepAll(el.shadowRoot!)) {
    if (node.localName === 'script' || node.localName === 'iframe' || node.localName === 'object') found.push(`<${node.localName}>`);
    for (const attr of node.attributes) if (/^on/i.test(attr.name)) found.push(`${node.localName}[${attr.name}]`);
    if (node.localName === 'a' && node.hasAttribute('href')) {
      const protocol = new URL(node.getAttribute('href')!, document.baseURI).protocol;
      if (protocol !== 'http:' && protocol !== 'https:') found.push(`a[href=${node.getAttribute('href')}]`);
    }
  }
  return found;
}

describe('properties (fast-check)', () => {
  it('validation never throws, whatever the JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        const role = parseRole(json);
        const index = parseRoleIndex(json);
        return typeof role.ok === 'boolean' && typeof index.ok === 'boolean';
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('validation of a mutated role never throws, and every problem it reports has a path and a message', () => {
    fc.assert(
      fc.property(mutatedRole, (role) => {
        const result = parseRole(role);
        return result.ok || result.issues.every((i) => typeof i.path === 'string' && i.message.length > 0);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('an element given a mutated role ends in ready or error, with one event, and renders nothing unsafe', async function () {
    this.timeout(60_000);
    const container = await fixture<HTMLElement>(html`<div></div>`);
    const warn = console.warn;
    console.warn = () => undefined; // every invalid role warns once; that is tested elsewhere
    try {
      await fc.assert(
        fc.asyncProperty(mutatedRole, fc.constantFrom('job-profile', 'salary-card', 'job-card', 'job-faq', 'related-jobs', 'skill-list'), async (role, tag) => {
          const el = document.createElement(tag) as RoleElement;
          const events: string[] = [];
          for (const type of ['job-load', 'job-error']) el.addEventListener(type, () => events.push(type));
          el.data = role;
          container.append(el);
          await new Promise<void>((resolve) => {
            const done = () => resolve();
            el.addEventListener('job-load', done, { once: true });
            el.addEventListener('job-error', done, { once: true });
          });
          await el.updateComplete;
          await new Promise((resolve) => setTimeout(resolve, 0)); // a second event would have fired by now
          const unsafe = unsafeIn(el);
          el.remove();
          expect(events).to.have.length(1);
          expect(['ready', 'error']).to.include(el.state);
          expect(unsafe).to.deep.equal([]);
          expect((window as unknown as { pwned?: number }).pwned).to.equal(undefined);
        }),
        { seed: SEED, numRuns: 150 },
      );
    } finally {
      console.warn = warn;
    }
  });
});
