/**
 * Where role data comes from, and which source wins: the `data` property > inline
 * `<script type="application/json">` > `src` > `job`.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { roleTitled as role } from './fixtures/roles.js';
import '../src/job-profile/job-profile.js';
import type { JobErrorEvent, JobLoadEvent } from '../src/core/events.js';
import type { JobProfileElement } from '../src/job-profile/job-profile.component.js';
import { captureWarnings, mount, textOf, SETTLE } from './helpers.js';

const inlineJson = (title: string) => JSON.stringify(role(title));
const title = (el: JobProfileElement) => textOf(el.shadowRoot!.querySelector('h2') ?? document.createTextNode(''));

describe('role data sources', () => {
  it('renders inline JSON from a <script type="application/json"> child, and never shows the script', async () => {
    const { el, events } = await mount<JobProfileElement>(html`<job-profile>
      <script type="application/json">
        ${inlineJson('Inline Role')}
      </script>
    </job-profile>`);
    expect(el.state).to.equal('ready');
    expect(title(el)).to.equal('Inline Role');
    expect(events.map((e) => e.type)).to.deep.equal(['job-load']);
    expect(el.querySelector('script')!.getBoundingClientRect().height).to.equal(0);
  });

  it('reports inline JSON with a syntax error, with its line and column', async () => {
    let mounted: Awaited<ReturnType<typeof mount<JobProfileElement>>> | undefined;
    await captureWarnings(async () => {
      mounted = await mount<JobProfileElement>(html`<job-profile><script type="application/json">{
  "id": "inline",
  "title": "Inline",,
}</script></job-profile>`);
    });
    const { el, events } = mounted!;
    expect(el.state).to.equal('error');
    const { error } = (events[0] as JobErrorEvent).detail;
    expect(error.kind).to.equal('invalid-json');
    expect(error.message).to.equal("Invalid inline JSON: Unexpected ',' at line 3, column 21.");
    expect(textOf(el.shadowRoot!)).to.equal('This job profile could not be shown. Its data is not valid JSON.');
  });

  it('renders the data property set from script', async () => {
    const el = document.createElement('job-profile');
    el.data = role('From Script');
    const loaded = new Promise<JobLoadEvent>((resolve) => el.addEventListener('job-load', resolve, { once: true }));
    await fixture(html`<div>${el}</div>`);
    const event = await loaded;
    expect(event.detail.data.title).to.equal('From Script');
    expect(title(el)).to.equal('From Script');
  });

  it('validates the data property like any other source', async () => {
    await captureWarnings(async () => {
      const { el, events } = await mount<JobProfileElement>(html`<job-profile .data=${{ id: 'x', title: 'X' }}></job-profile>`);
      expect(el.state).to.equal('error');
      expect((events[0] as JobErrorEvent).detail.error.issues).to.deep.equal([
        { path: 'summary', message: 'is missing (expected a string)' },
      ]);
    });
  });

  it('prefers data > inline JSON > src > job, and falls back when the winner is removed', async () => {
    const key = crypto.randomUUID();
    const { el, events } = await mount<JobProfileElement>(html`<job-profile
      job="back-end-developer"
      src="/api/role/${key}?title=From%20Src"
      .data=${role('From Data')}
      ><script type="application/json">${inlineJson('From Inline')}</script></job-profile
    >`);
    const shown: string[] = [title(el)];
    const next = async (change: () => void) => {
      const count = events.length;
      change();
      await waitUntil(() => events.length === count + 1, 'no new load', SETTLE);
      await el.updateComplete;
      shown.push(title(el));
    };
    await next(() => (el.data = undefined));
    await next(() => el.querySelector('script')!.remove());
    await next(() => el.removeAttribute('src'));
    expect(shown).to.deep.equal(['From Data', 'From Inline', 'From Src', 'Back-end Developer']);
    expect(events.map((e) => e.type)).to.deep.equal(['job-load', 'job-load', 'job-load', 'job-load']);
    expect(((await (await fetch(`/api/stats/${key}`)).json()) as { requests: number }).requests).to.equal(1);
  });

  it('reloads when the inline JSON is edited, and when src changes', async () => {
    const key = crypto.randomUUID();
    const { el, events } = await mount<JobProfileElement>(
      html`<job-profile><script type="application/json">${inlineJson('Version 1')}</script></job-profile>`,
    );
    el.querySelector('script')!.textContent = inlineJson('Version 2');
    await waitUntil(() => events.length === 2, 'no reload after the edit', SETTLE);
    await el.updateComplete;
    expect(title(el)).to.equal('Version 2');
    el.querySelector('script')!.remove();
    el.setAttribute('src', `/api/role/${key}?title=Remote`);
    await waitUntil(() => events.length === 3, 'no reload after src was set', SETTLE);
    await el.updateComplete;
    expect(title(el)).to.equal('Remote');
  });

  it('ignores other children and scripts of other types', async () => {
    const { el } = await mount<JobProfileElement>(html`<job-profile job="back-end-developer">
      <p>Fallback text for browsers without JavaScript.</p>
      <script type="text/plain">{"title": "Not role data"}</script>
    </job-profile>`);
    expect(title(el)).to.equal('Back-end Developer');
  });

  it('does not reload when nothing about its source changed', async () => {
    const { el, events } = await mount<JobProfileElement>(html`<job-profile job="back-end-developer"></job-profile>`);
    el.append(document.createElement('span'));
    el.locale = 'de-DE';
    el.headingLevel = 3;
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(events).to.have.length(1);
    expect(el.shadowRoot!.querySelector('h3')).to.exist;
  });
});
