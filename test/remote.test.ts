/**
 * `src`: role JSON from a URL, against the local test server (test/server.js) and its request counts.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/job-profile/job-profile.js';
import type { JobErrorEvent, JobLoadEvent } from '../src/core/events.js';
import type { JobProfileElement } from '../src/job-profile/job-profile.component.js';
import { captureWarnings, mount, textOf } from './helpers.js';

interface Stats {
  requests: number;
  aborted: number;
  completed: number;
  bytesSent: number;
}
const newKey = () => crypto.randomUUID();
const stats = async (key: string): Promise<Stats> => (await fetch(`/api/stats/${key}`)).json();
const until = (what: string, check: () => boolean | Promise<boolean>, timeout = 8000) =>
  waitUntil(check, `timed out waiting for ${what}`, { timeout, interval: 20 });
const title = (el: JobProfileElement) => textOf(el.shadowRoot!.querySelector('h2') ?? document.createTextNode(''));
const errorOf = (events: (JobLoadEvent | JobErrorEvent)[]) => (events.at(-1) as JobErrorEvent).detail.error;

/** Mounts a <job-profile> whose failure is expected, keeping its console.warn out of the log. */
async function mountFailing(template: ReturnType<typeof html>) {
  let mounted: Awaited<ReturnType<typeof mount<JobProfileElement>>> | undefined;
  const warnings = await captureWarnings(async () => {
    mounted = await mount<JobProfileElement>(template);
  });
  return { ...mounted!, warnings };
}

describe('<job-profile src>', () => {
  it('loads and shows a valid role from the URL', async () => {
    const key = newKey();
    const { el, events } = await mount<JobProfileElement>(html`<job-profile src="/api/role/${key}?title=Remote Role"></job-profile>`);
    expect(el.state).to.equal('ready');
    expect(title(el)).to.equal('Remote Role');
    expect(events.map((e) => e.type)).to.deep.equal(['job-load']);
    expect((await stats(key)).requests).to.equal(1);
  });

  it('reports a 404 as an http error, without retrying', async () => {
    const key = newKey();
    const { el, events, warnings } = await mountFailing(html`<job-profile src="/api/fail/${key}?status=404"></job-profile>`);
    expect(el.state).to.equal('error');
    expect(errorOf(events)).to.include({ kind: 'http', status: 404 });
    expect(errorOf(events).message).to.match(/^HTTP 404( Not Found)? from http:\/\/.+\/api\/fail\//);
    expect(textOf(el.shadowRoot!)).to.equal(
      'This job profile could not be shown. The server that has its data answered with an error (404).',
    );
    expect(warnings).to.have.length(1);
    expect((await stats(key)).requests).to.equal(1);
  });

  it('retries a 500 and shows the role when the next answer is good', async () => {
    const key = newKey();
    const src = `/api/fail/${key}?status=500&times=1`;
    const { el, events } = await mount<JobProfileElement>(html`<job-profile src=${src}></job-profile>`);
    expect(el.state).to.equal('ready');
    expect(events.map((e) => e.type)).to.deep.equal(['job-load']);
    expect((await stats(key)).requests).to.equal(2);
  });

  it('waits as long as Retry-After says after a 429', async () => {
    const key = newKey();
    const started = performance.now();
    const src = `/api/fail/${key}?status=429&times=1&retry-after=1`;
    const { el } = await mount<JobProfileElement>(html`<job-profile src=${src}></job-profile>`);
    expect(el.state).to.equal('ready');
    expect(performance.now() - started).to.be.at.least(950);
    expect((await stats(key)).requests).to.equal(2);
  });

  it('gives up after two retries of a server that keeps failing', async () => {
    const key = newKey();
    const { el, events } = await mountFailing(html`<job-profile src="/api/fail/${key}?status=503"></job-profile>`);
    expect(el.state).to.equal('error');
    expect(errorOf(events)).to.include({ kind: 'http', status: 503 });
    expect(events).to.have.length(1);
    expect((await stats(key)).requests).to.equal(3);
  });

  it('retries a dropped connection, then reports a network error', async () => {
    const key = newKey();
    const { el, events } = await mountFailing(html`<job-profile src="/api/reset/${key}"></job-profile>`);
    expect(el.state).to.equal('error');
    expect(errorOf(events).kind).to.equal('network');
    expect(textOf(el.shadowRoot!)).to.equal('This job profile could not be shown. Its data could not be reached.');
    expect((await stats(key)).requests).to.equal(3);
  });

  it('reports invalid JSON with the position of the mistake', async () => {
    const key = newKey();
    const body = encodeURIComponent('{\n  "id": "x",\n  "title": }');
    const src = `/api/text/${key}?type=application/json&body=${body}`;
    const { el, events } = await mountFailing(html`<job-profile src=${src}></job-profile>`);
    expect(el.state).to.equal('error');
    expect(errorOf(events).kind).to.equal('invalid-json');
    expect(errorOf(events).message).to.match(/^Invalid JSON from http:.+: Unexpected '}' at line 3, column 12$/);
    expect(textOf(el.shadowRoot!)).to.equal('This job profile could not be shown. Its data is not valid JSON.');
    expect((await stats(key)).requests).to.equal(1);
  });

  it('reports JSON that fails the schema, naming every problem, without retrying', async () => {
    const key = newKey();
    const body = encodeURIComponent(JSON.stringify({ id: 'Bad Id', title: 'T', summary: 'S', salary: { amount: '1k' } }));
    const src = `/api/text/${key}?type=application/json&body=${body}`;
    const { el, events } = await mountFailing(html`<job-profile src=${src}></job-profile>`);
    expect(el.state).to.equal('error');
    const error = errorOf(events);
    expect(error.kind).to.equal('invalid-data');
    expect(error.issues.map((i) => i.path)).to.include.members(['id', 'salary.amount', 'salary.currency', 'salary.source']);
    expect(textOf(el.shadowRoot!)).to.match(/Its data has \d+ problems\.$/);
    expect((await stats(key)).requests).to.equal(1);
  });

  it('refuses a response that is not JSON, naming its content type', async () => {
    const key = newKey();
    const { el, events } = await mountFailing(html`<job-profile src="/api/text/${key}?type=text/html"></job-profile>`);
    expect(el.state).to.equal('error');
    expect(errorOf(events).kind).to.equal('content-type');
    expect(errorOf(events).message).to.contain('"text/html"');
    expect(textOf(el.shadowRoot!)).to.equal('This job profile could not be shown. The server did not send JSON.');
  });

  it('accepts a +json content type', async () => {
    const key = newKey();
    const { el } = await mount<JobProfileElement>(
      html`<job-profile src="/api/text/${key}?type=${encodeURIComponent('application/vnd.job-role+json; charset=utf-8')}"></job-profile>`,
    );
    expect(el.state).to.equal('ready');
  });

  it('stops reading a body over the size cap', async () => {
    const key = newKey();
    const { el, events } = await mountFailing(html`<job-profile src="/api/huge/${key}"></job-profile>`);
    expect(el.state).to.equal('error');
    expect(errorOf(events).kind).to.equal('too-large');
    expect(textOf(el.shadowRoot!)).to.equal('This job profile could not be shown. Its data is too large.');
    await until('the server to see the connection closed', async () => (await stats(key)).aborted === 1);
    const { bytesSent, completed } = await stats(key);
    expect(completed).to.equal(0);
    expect(bytesSent).to.be.below(2 * 1024 * 1024); // of 8 MB
  });

  it('refuses a body whose Content-Length is over the cap before reading it', async () => {
    const key = newKey();
    const { el, events } = await mountFailing(html`<job-profile src="/api/huge/${key}?declared=1"></job-profile>`);
    expect(el.state).to.equal('error');
    expect(errorOf(events).kind).to.equal('too-large');
    await until('the server to see the connection closed', async () => (await stats(key)).aborted === 1);
    expect((await stats(key)).bytesSent).to.be.below(2 * 1024 * 1024);
  });

  it('times out on a response that never ends, and aborts it', async () => {
    const key = newKey();
    const started = performance.now();
    const { el, events } = await mountFailing(html`<job-profile src="/api/hang/${key}" timeout="400"></job-profile>`);
    expect(el.state).to.equal('error');
    expect(errorOf(events).kind).to.equal('timeout');
    expect(errorOf(events).message).to.contain('within 400 ms');
    expect(performance.now() - started).to.be.at.least(390);
    expect(textOf(el.shadowRoot!)).to.equal('This job profile could not be shown. Loading its data took too long.');
    await until('the request to be aborted', async () => (await stats(key)).aborted === 1);
  });

  it('refuses a src that is not http(s), without a request', async () => {
    const { el, events } = await mountFailing(html`<job-profile src="javascript:alert(1)"></job-profile>`);
    expect(el.state).to.equal('error');
    expect(errorOf(events).kind).to.equal('invalid-src');
  });

  it('refuses a src with a user name or password at once, and never repeats either', async () => {
    const key = newKey();
    const sources = [
      `${location.protocol}//someone:hunter2secret@${location.host}/api/role/${key}`,
      `${location.protocol}//someone@${location.host}/api/role/${key}`,
      'ftp://someone:hunter2secret@example.com/role.json',
    ];
    for (const src of sources) {
      const { el, events, warnings } = await mountFailing(html`<job-profile src=${src}></job-profile>`);
      expect(el.state, src).to.equal('error');
      expect(events, src).to.have.length(1);
      const error = errorOf(events);
      expect(error.kind, src).to.equal('invalid-src');
      // Not in the error object, the warning or the card.
      const printed = JSON.stringify({ error, warnings: warnings.map((args) => args.map(String)), card: textOf(el.shadowRoot!) });
      expect(printed, src).not.to.contain('hunter2secret');
      expect(printed, src).not.to.contain('someone');
      expect(warnings, src).to.have.length(1);
    }
    expect((await stats(key)).requests).to.equal(0);
  });

  it('holds its cache to 32 documents once a burst of more URLs has settled', async () => {
    // 40 URLs at once; the first one settles alone, while the other 39 still wait (at a gate of the test server).
    const [first, rest] = [newKey(), newKey()];
    const keys = Array.from({ length: 40 }, newKey);
    const srcs = keys.map((key, i) => `/loading/gate/${key}?gate=${i === 0 ? first : rest}`);
    // (Browsers send 6 requests per host at a time: the page's fetch calls, not the server, say all 40 started.)
    let started = 0;
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      if (String(input).includes('/loading/gate/')) started++;
      return realFetch(input, init);
    };
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div>${srcs.map((src) => html`<job-profile src=${src}></job-profile>`)}</div>`);
      const elements = [...wrapper.querySelectorAll('job-profile')];
      await until('all 40 requests to start', () => started === 40);
      await fetch(`/loading/open/${first}`);
      await until('the first role', () => elements[0]!.state === 'ready');
      await fetch(`/loading/open/${rest}`);
      await until('every role', () => elements.every((el) => el.state === 'ready'));
    } finally {
      window.fetch = realFetch;
    }
    // The first document settled while 40 were cached: it was dropped then, so it is fetched again.
    const { el } = await mount<JobProfileElement>(html`<job-profile src=${srcs[0]!}></job-profile>`);
    expect(el.state).to.equal('ready');
    expect((await stats(keys[0]!)).requests).to.equal(2);
  });

  it('shows only the newest src when it changes mid-request, and aborts the old request', async () => {
    const slow = newKey();
    const fast = newKey();
    const { el, events } = await mount<JobProfileElement>(
      html`<job-profile src="/api/role/${fast}?title=First"></job-profile>`,
    );
    el.src = `/api/role/${slow}?title=Slow&delay=1500`;
    await until('the slow request to arrive', async () => (await stats(slow)).requests === 1);
    el.src = `/api/role/${fast}?title=Fast`;
    await until('the fast role', () => events.length === 2);
    expect(title(el)).to.equal('Fast');
    await until('the slow request to be aborted', async () => (await stats(slow)).aborted === 1);
    expect((await stats(slow)).completed).to.equal(0);
    expect(events.map((e) => (e as JobLoadEvent).detail.data.title)).to.deep.equal(['First', 'Fast']);
  });

  it('aborts the request when the element is removed and was its last waiter', async () => {
    const key = newKey();
    const events: Event[] = [];
    const wrapper = await fixture<HTMLDivElement>(
      html`<div @job-load=${(e: Event) => events.push(e)} @job-error=${(e: Event) => events.push(e)}>
        <job-profile src="/api/role/${key}?delay=1500"></job-profile>
      </div>`,
    );
    await until('the request to arrive', async () => (await stats(key)).requests === 1);
    const el = wrapper.querySelector('job-profile')!;
    el.remove();
    await until('the request to be aborted', async () => (await stats(key)).aborted === 1);
    expect(events).to.deep.equal([]);
    // Put back, it starts over.
    wrapper.append(el);
    await until('the role after re-insertion', () => el.state === 'ready');
    expect((await stats(key)).requests).to.equal(2);
  });

  it('keeps a shared request going while another element still waits for it', async () => {
    const key = newKey();
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <job-profile src="/api/role/${key}?delay=800"></job-profile>
        <job-profile src="/api/role/${key}?delay=800"></job-profile>
      </div>`,
    );
    const [first, second] = wrapper.querySelectorAll('job-profile');
    await until('the request to arrive', async () => (await stats(key)).requests === 1);
    first!.remove();
    await until('the role', () => second!.state === 'ready');
    expect(await stats(key)).to.include({ requests: 1, aborted: 0, completed: 1 });
  });

  it('makes one request for 50 elements with the same src', async () => {
    const key = newKey();
    const src = `/api/role/${key}?delay=100`;
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>${Array.from({ length: 50 }, () => html`<job-profile src=${src}></job-profile>`)}</div>`,
    );
    const elements = [...wrapper.querySelectorAll('job-profile')];
    await until('all 50 to be ready', () => elements.every((el) => el.state === 'ready'));
    expect(elements).to.have.length(50);
    expect((await stats(key)).requests).to.equal(1);
    expect(new Set(elements.map((el) => el.profile)).size).to.equal(1); // one parse, one validated object
  });

  describe('offline', () => {
    afterEach(() => {
      delete (navigator as unknown as Record<string, unknown>).onLine; // back to Navigator.prototype's
    });

    it('shows the error state while offline and loads again on the online event', async () => {
      const key = newKey();
      Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
      const { el, events } = await mountFailing(html`<job-profile src="/api/reset/${key}?times=1"></job-profile>`);
      expect(el.state).to.equal('error');
      expect(errorOf(events).kind).to.equal('network');
      expect(errorOf(events).message).to.match(/^Offline: /);
      expect(textOf(el.shadowRoot!)).to.equal(
        'This job profile could not be shown. You seem to be offline; it will load when you are back online.',
      );
      expect((await stats(key)).requests).to.equal(1); // no retries while offline
      delete (navigator as unknown as Record<string, unknown>).onLine;
      window.dispatchEvent(new Event('online'));
      await until('the role after coming online', () => el.state === 'ready');
      expect(events.map((e) => e.type)).to.deep.equal(['job-error', 'job-load']);
      expect((await stats(key)).requests).to.equal(2);
    });
  });

  describe('loading="lazy"', () => {
    it('makes no request until the element comes near the viewport', async () => {
      const lazy = newKey();
      const eager = newKey();
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <job-profile id="eager" src="/api/role/${eager}"></job-profile>
          <div style="height: 5000px"></div>
          <job-profile id="lazy" loading="lazy" src="/api/role/${lazy}"></job-profile>
        </div>`,
      );
      const eagerEl = wrapper.querySelector<JobProfileElement>('#eager')!;
      const lazyEl = wrapper.querySelector<JobProfileElement>('#lazy')!;
      await until('the eager element', () => eagerEl.state === 'ready');
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      expect(lazyEl.state).to.equal('loading');
      expect((await stats(lazy)).requests).to.equal(0);
      lazyEl.scrollIntoView();
      await until('the lazy element', () => lazyEl.state === 'ready');
      expect((await stats(lazy)).requests).to.equal(1);
    });
  });
});
