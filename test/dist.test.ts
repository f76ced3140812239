/**
 * The built script-tag module, loaded the way a page loads it from a CDN: from a deep path that is
 * not /dist/ (the test server maps /cdn/job-widgets/v0/ to dist/). Run after `npm run build`.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { JobErrorEvent } from '../src/core/events.js';
import type { JobProfileElement } from '../src/job-profile/job-profile.component.js';
import { captureWarnings, deepText, requestedPaths as requested, SETTLE } from './helpers.js';
import { CDN } from './fixtures/cdn.js';

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

  it('shows the unknown-job error for an unknown id, having asked only for that id\'s role file', async () => {
    // The module knows no list of ids (its size would grow with it): it asks for the role file at
    // once, as for a known id, and on a 404 reads the role index to tell an unknown id from a file
    // that did not load (src/core/load.ts).
    const before = requested(/\/roles\//).length;
    const errors: JobErrorEvent[] = [];
    await captureWarnings(async () => {
      const el = await fixture<JobProfileElement>(html`<job-profile job="data-wizard" @job-error=${(e: JobErrorEvent) => errors.push(e)}></job-profile>`);
      await waitUntil(() => el.state === 'error', 'never reached the error state', SETTLE);
    });
    expect(requested(/\/roles\//).slice(before).every((path) => /\/roles\/data-wizard-[\w-]+\.js$/.test(path))).to.be.true;
    expect(errors).to.have.length(1);
    expect(errors[0]!.detail.error.kind).to.equal('unknown-job');
    expect(errors[0]!.detail.error.id).to.equal('data-wizard');
    expect(errors[0]!.detail.error.message).to.match(/^Unknown job "data-wizard"\. Known jobs: actuary, ai-engineer, .*, back-end-developer, .*, web-developer\.$/);
  });

  it('asks for no file for a job attribute that is not an id (nothing else becomes part of a URL)', async () => {
    const before = performance.getEntriesByType('resource').length;
    const errors: JobErrorEvent[] = [];
    await captureWarnings(async () => {
      const el = await fixture<JobProfileElement>(html`<job-profile job="../chunks/x.js?" @job-error=${(e: JobErrorEvent) => errors.push(e)}></job-profile>`);
      await waitUntil(() => el.state === 'error', 'never reached the error state', SETTLE);
    });
    expect(errors[0]!.detail.error.kind).to.equal('unknown-job');
    const paths = performance.getEntriesByType('resource').slice(before).map((entry) => new URL(entry.name).pathname);
    expect(paths.filter((path) => path.includes('x.js') || /\/roles\//.test(path))).to.deep.equal([]);
  });

  it('can be loaded twice on one page (a second copy defines nothing and throws nothing)', async () => {
    const url = '/dist/job-widgets.js';
    await import(/* @vite-ignore */ url);
    expect(customElements.get('job-profile')).to.exist;
  });
});
