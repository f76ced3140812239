/**
 * The built script-tag module's view chunks: what a page fetches for the rendering of its elements, and
 * what shows before that has come. Run after `npm run build`.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { JobProfileElement } from '../src/job-profile/job-profile.component.js';
import { requestedPaths as requested, SETTLE } from './helpers.js';
import { CDN } from './fixtures/cdn.js';

describe('dist/job-widgets.js view chunks', () => {
  before(async () => {
    await import(/* @vite-ignore */ `${CDN}job-widgets.js`);
  });

  // (First: no element has asked for the view chunk yet, and the first update does not wait for it.)
  it('keeps a salary badge inline while it loads, before its view chunk is here', async () => {
    const el = document.createElement('salary-card');
    el.setAttribute('variant', 'badge');
    el.setAttribute('job', 'qa-engineer');
    const p = document.createElement('p');
    p.append('Pay: ', el, '.');
    document.body.append(p);
    try {
      await el.updateComplete;
      expect(el.getAttribute('state')).to.equal('loading');
      expect(getComputedStyle(el).display).to.equal('inline');
      await waitUntil(() => el.getAttribute('state') === 'ready', 'the badge did not load', SETTLE);
      expect(getComputedStyle(el).display).to.equal('inline');
    } finally {
      // (Settled, so that its requests do not land among the next test's.)
      await waitUntil(() => el.getAttribute('state') !== 'loading', 'the badge never settled', SETTLE).catch(() => undefined);
      p.remove();
    }
  });

  it('fetches one view chunk for a whole profile, its parts included, which render with it', async () => {
    const el = await fixture<JobProfileElement>(html`<job-profile job="data-scientist"></job-profile>`);
    await waitUntil(() => el.state === 'ready', 'the bundled role did not load', SETTLE);
    await el.updateComplete;
    // (The profile's, the parts' and <job-header>'s rendering share one chunk: not one request per part.)
    const views = new Set(requested(/\/chunks\/[\w-]+\.view-[\w-]+\.js$/).map((path) => path.replace(/-[\w-]+\.js$/, '')));
    expect([...views]).to.deep.equal([`${CDN}chunks/job-profile.view`]);
    for (const tag of ['salary-card', 'job-activities', 'skill-list', 'job-path', 'related-jobs', 'job-faq']) {
      const part = el.shadowRoot!.querySelector(tag)!;
      expect(part.shadowRoot!.querySelector('[part~="section"]'), `${tag} rendered`).to.exist;
    }
  });
});
