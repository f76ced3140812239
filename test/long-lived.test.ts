/**
 * A long-lived page (a single-page app that shows and hides profiles for hours): 1,000
 * create/attach/load/remove cycles per source kind leave the DOM node, event listener and document
 * counts where they started and the heap within a bound (Chromium's own counters, after a garbage
 * collection); elements removed in the middle of a load leave no request open.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { backEndDeveloper, seedRole } from './fixtures/roles.js';
import '../src/define.js';
import type { RoleElement } from '../src/core/role-element.js';
import { serverSaw } from './helpers.js';

interface Counters {
  documents: number;
  nodes: number;
  listeners: number;
  heap: number;
}
const counters = () => executeServerCommand<Counters | false, undefined>('dom-counters');

const CYCLES = 1000;
/** What 1,000 cycles may leave behind on the heap (caches that are bounded by design, and noise). */
const HEAP_BOUND = 2 * 1024 * 1024;

const SOURCES: Record<string, (el: RoleElement) => void> = {
  bundled: (el) => (el.job = 'data-scientist'),
  src: (el) => (el.src = '/api/bundled/qa-engineer'),
  inline: (el) => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(backEndDeveloper);
    el.append(script);
  },
  data: (el) => (el.data = seedRole()),
};

async function cycle(container: HTMLElement, source: (el: RoleElement) => void): Promise<void> {
  const el = document.createElement('job-profile') as RoleElement;
  source(el);
  const loaded = new Promise((resolve) => el.addEventListener('job-load', resolve, { once: true }));
  container.append(el);
  await loaded;
  await el.updateComplete;
  el.remove();
}

describe('a long-lived page', function () {
  this.timeout(120_000);

  for (const [kind, source] of Object.entries(SOURCES)) {
    it(`is back where it started after ${CYCLES} cycles of a <job-profile> from ${kind}`, async () => {
      const container = await fixture<HTMLElement>(html`<div></div>`);
      for (let i = 0; i < 20; i++) await cycle(container, source); // warm: chunks, caches, templates
      const before = await counters();
      const nodesBefore = document.querySelectorAll('*').length;
      for (let i = 0; i < CYCLES; i++) await cycle(container, source);
      const after = await counters();
      expect(document.querySelectorAll('*').length).to.equal(nodesBefore);
      expect(container.childNodes.length).to.equal(0);
      if (before && after) {
        // Chromium: the page's own counts (including nodes in shadow roots and detached ones still referenced).
        expect(after.documents, 'documents').to.equal(before.documents);
        expect(after.nodes - before.nodes, 'DOM nodes').to.be.at.most(50);
        expect(after.listeners - before.listeners, 'event listeners').to.be.at.most(5);
        expect(after.heap - before.heap, `heap grew from ${before.heap} to ${after.heap}`).to.be.below(HEAP_BOUND);
      }
    });
  }

  it('aborts the request of an element removed while it loads, and leaves none open', async () => {
    const container = await fixture<HTMLElement>(html`<div></div>`);
    for (let i = 0; i < 20; i++) {
      const key = crypto.randomUUID();
      const el = document.createElement('job-profile') as RoleElement;
      el.src = `/api/hang/${key}`; // headers and the start of a body, then nothing: only an abort ends it
      container.append(el);
      expect((await serverSaw(key, { requests: 1 })).requests, 'one request').to.equal(1);
      el.remove();
      expect((await serverSaw(key, { aborted: 1 })).aborted, 'aborted').to.equal(1);
    }
  });
});
