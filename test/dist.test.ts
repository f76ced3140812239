/**
 * The built script-tag module, loaded the way a page loads it from a CDN: from a deep path that is
 * not /dist/ (the test server maps /cdn/job-widgets/v0/ to dist/). Run after `npm run build`.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { JobProfileElement } from '../src/job-profile/job-profile.component.js';
import { captureWarnings, deepText, SETTLE } from './helpers.js';
import { CDN } from './fixtures/cdn.js';

const requested = (pattern: RegExp) =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => pattern.test(path));

describe('dist/job-widgets.js', () => {
  before(async () => {
    const url = `${CDN}job-widgets.js`;
    await import(/* @vite-ignore */ url);
  });

  it('registers <job-profile> and loads no role data until a page asks for a role', () => {
    expect(customElements.get('job-profile')).to.exist;
    expect(requested(/\/roles\//)).to.deep.equal([]);
  });

  it('renders the bundled role, loading its chunks relative to the module URL', async () => {
    const el = await fixture<JobProfileElement>(html`<job-profile job="back-end-developer"></job-profile>`);
    await waitUntil(() => el.state === 'ready', 'the bundled role did not load', SETTLE);
    await el.updateComplete;
    expect(deepText(el)).to.contain('$106,677 per year');
    expect(requested(/\/roles\//)).to.have.length(1);
    expect(requested(/\/roles\//)[0]).to.match(/^\/cdn\/job-widgets\/v0\/roles\/back-end-developer-[\w-]+\.js$/);
    expect(requested(/\/chunks\//).every((path) => path.startsWith(`${CDN}chunks/`))).to.be.true;
  });

  it('shows the error state for an unknown id without loading any role chunk', async () => {
    const before = requested(/\/roles\//).length;
    await captureWarnings(async () => {
      const el = await fixture<JobProfileElement>(html`<job-profile job="data-wizard"></job-profile>`);
      await waitUntil(() => el.state === 'error', 'never reached the error state', SETTLE);
    });
    expect(requested(/\/roles\//)).to.have.length(before);
  });

  it('can be loaded twice on one page (a second copy defines nothing and throws nothing)', async () => {
    const url = '/dist/job-widgets.js';
    await import(/* @vite-ignore */ url);
    expect(customElements.get('job-profile')).to.exist;
  });
});
