import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/job-profile/job-profile.js';
import type { JobProfileElement } from '../src/job-profile/job-profile.component.js';

describe('smoke', () => {
  it('renders', async () => {
    const el = await fixture<JobProfileElement>(html`<job-profile></job-profile>`);
    el.job = 'back-end-developer';
    await oneEvent(el, 'job-load');
    expect(el.shadowRoot!.textContent).to.contain('Back-end Developer');
    expect(el.shadowRoot!.textContent).to.contain('$106,677');
  });
});
