/** The built module when a role chunk cannot be fetched (the test server answers 404 for it). */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { JobErrorEvent } from '../src/core/events.js';
import type { JobProfileElement } from '../src/job-profile/job-profile.component.js';
import { captureWarnings, textOf, SETTLE } from './helpers.js';
import { CDN_WITHOUT_ROLES } from './fixtures/cdn.js';

describe('dist/job-widgets.js with a role chunk missing', () => {
  before(async () => {
    const url = `${CDN_WITHOUT_ROLES}job-widgets.js`;
    await import(/* @vite-ignore */ url);
  });

  it('ends in the error state with kind load-failed, and the page goes on', async () => {
    const errors: JobErrorEvent[] = [];
    const warnings = await captureWarnings(async () => {
      const el = await fixture<JobProfileElement>(
        html`<job-profile job="back-end-developer" @job-error=${(e: JobErrorEvent) => errors.push(e)}></job-profile>`,
      );
      await waitUntil(() => el.state === 'error', 'never reached the error state', SETTLE);
      await el.updateComplete;
      expect(textOf(el.shadowRoot!)).to.equal('This job profile could not be shown. Its data could not be loaded.');
    });
    expect(errors).to.have.length(1);
    expect(errors[0]!.detail.error.kind).to.equal('load-failed');
    expect(errors[0]!.detail.error.message).to.match(/^The data of job "back-end-developer" could not be loaded: /);
    expect(warnings).to.have.length(1);
  });
});
