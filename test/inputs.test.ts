/**
 * Odd values a page may give an element, as attributes or as properties: each ends in what the
 * attribute would give, a clean error or a documented fallback, never a stuck or wrong element.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/define.js';
import type { RoleElement } from '../src/core/role-element.js';
import type { JobCardElement } from '../src/job-card/job-card.component.js';
import type { SkillListElement } from '../src/skill-list/skill-list.component.js';
import { deepQueryAll, deepText, mount, textOf } from './helpers.js';

const stats = async (key: string) => (await (await fetch(`/api/stats/${key}`)).json()) as { requests: number; aborted: number };

/** Resolves once the server has seen the request of `key` or `el` gave up (polled over the network, not by the clock). */
async function requestSeen(key: string, el: RoleElement): Promise<void> {
  while (el.state === 'loading' && (await stats(key)).requests === 0) await new Promise((resolve) => requestAnimationFrame(resolve));
}

describe('timeout', () => {
  // A timer longer than 2^31 - 1 ms fires at once: such a wait must not end the load at once.
  for (const [how, apply] of [
    ['the attribute 3000000000', (el: RoleElement) => el.setAttribute('timeout', '3000000000')],
    ['the property Infinity', (el: RoleElement) => (el.timeout = Infinity)],
    ['the property NaN', (el: RoleElement) => (el.timeout = NaN)],
    ['the property 0', (el: RoleElement) => (el.timeout = 0)],
    ['the property -5', (el: RoleElement) => (el.timeout = -5)],
  ] as const) {
    it(`keeps waiting for src with ${how}`, async () => {
      const key = crypto.randomUUID();
      const el = document.createElement('job-profile') as RoleElement;
      apply(el);
      el.src = `/api/hang/${key}`; // the start of a body, then nothing
      const container = await fixture<HTMLElement>(html`<div></div>`);
      container.append(el);
      await requestSeen(key, el);
      // Two more round trips to the server: a timer that fires at once has fired by then.
      await stats(key);
      await stats(key);
      await el.updateComplete;
      expect(el.state).to.equal('loading');
      expect(el.timeout).to.be.within(1, 2 ** 31 - 1);
      el.remove();
    });
  }

  it('uses the attribute converter for the property: NaN, 0 and negative values mean the default', async () => {
    const el = document.createElement('job-profile') as RoleElement;
    el.job = 'back-end-developer';
    await fixture(html`<div>${el}</div>`);
    for (const value of [NaN, 0, -5, Infinity]) {
      el.timeout = value;
      await el.updateComplete;
      expect(el.timeout, String(value)).to.equal(10_000);
    }
    el.timeout = 3e9;
    await el.updateComplete;
    expect(el.timeout).to.equal(2 ** 31 - 1);
  });
});

describe('properties convert like their attributes', () => {
  for (const [value, level] of [
    ['3', 3],
    [3, 3],
    [NaN, 2],
    [0, 2],
    [7, 2],
    [2.5, 2],
    ['x', 2],
  ] as const) {
    it(`headingLevel = ${typeof value === "string" ? JSON.stringify(value) : String(value)} gives an <h${level}>`, async () => {
      const el = document.createElement('job-profile') as RoleElement;
      (el as unknown as { headingLevel: unknown }).headingLevel = value;
      el.job = 'back-end-developer';
      const { root } = await mount(html`${el}`);
      expect(textOf(root.querySelector(`h${level}`)!)).to.equal('Back-end Developer');
      expect(el.headingLevel).to.equal(level);
      const above = Array.from({ length: level - 1 }, (_, i) => `h${i + 1}`).join(', ');
      if (above) expect(deepQueryAll(root, above), 'no heading above the given level').to.have.length(0);
    });
  }

  for (const [value, shown] of [
    [-1, 18],
    [0, 18],
    [1.5, 18],
    ['3', 3],
    [3, 3],
  ] as const) {
    it(`skill-list limit = ${JSON.stringify(value)} shows ${shown} skills`, async () => {
      const el = document.createElement('skill-list') as SkillListElement;
      (el as unknown as { limit: unknown }).limit = value;
      el.job = 'back-end-developer';
      const { root } = await mount(html`${el}`);
      expect([...root.querySelectorAll('[part~="skill"]')].filter((s) => s.checkVisibility()).length).to.equal(shown);
      expect(!!root.querySelector('[part="toggle"]'), 'a show-all button only when some are hidden').to.equal(shown < 18);
    });
  }
});

describe('links', () => {
  for (const blank of [' ', '\t\n', '']) {
    it(`a blank job-href (${JSON.stringify(blank)}) or href gives no link, not a link to this page`, async () => {
      const here = new URL(document.baseURI).href;
      const { root } = await mount<JobCardElement>(html`<job-card job="qa-engineer" href=${blank} job-href=${blank}></job-card>`);
      expect(root.querySelector('a[part="link"]')).to.be.null;
      expect([...root.querySelectorAll('a')].map((a) => a.href)).not.to.include(here);
      const related = await mount(html`<related-jobs job="back-end-developer" job-href=${blank}></related-jobs>`);
      expect(related.root.querySelectorAll('a').length, 'bundled related roles have ids and no url of their own').to.equal(0);
    });
  }
});

describe('labels', () => {
  for (const [what, labels] of [
    ['an invalid lang (en_US)', { lang: 'en_US' }],
    ['an empty lang', { lang: '' }],
    ['a string where a function label goes', { salary: 'Pay' }],
    ['a number where a string label goes', { about: 42 }],
    ['null', { period: null }],
  ] as const) {
    it(`${what} ends in a rendered profile with one event, not a stuck one`, async () => {
      const el = document.createElement('job-profile') as RoleElement;
      el.labels = labels as never;
      el.job = 'back-end-developer';
      const container = await fixture<HTMLElement>(html`<div></div>`);
      const events: string[] = [];
      for (const type of ['job-load', 'job-error']) container.addEventListener(type, () => events.push(type));
      const first = oneEvent(container, 'job-load');
      container.append(el);
      await first;
      await el.updateComplete;
      expect(el.state).to.equal('ready');
      expect(events).to.deep.equal(['job-load']);
      const root = el.shadowRoot!;
      expect(textOf(root.querySelector('h2')!)).to.equal('Back-end Developer');
      expect(deepText(el)).not.to.contain('Loading');
      expect(deepText(el)).to.contain('$106,677');
    });
  }

  it('a label set later that is invalid keeps the element rendering', async () => {
    const { el, root } = await mount(html`<salary-card job="back-end-developer"></salary-card>`);
    el.labels = { lang: 'not a tag!', salary: 'Pay' } as never;
    await el.updateComplete;
    expect(deepText(el)).to.contain('$106,677');
    el.labels = { salaryHeading: 'Pay' };
    await el.updateComplete;
    expect(textOf(root.querySelector('h2')!)).to.contain('Pay');
  });
});
