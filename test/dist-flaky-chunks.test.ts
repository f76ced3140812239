/**
 * The built module when a chunk fails once (503) and then works, as when a CDN hiccups: the first
 * element that needs it gets its error (or its fallback), a later element on the same page gets the
 * real chunk (a label set, which has a fallback, is tried again at once). Firefox remembers a failed
 * `import()` of a URL for the page's life, so the retry must come from a fresh URL.
 * Each test has a page of its own (an iframe: its own module map and element registry), which loads
 * dist/ from /loading/flaky/SCOPE/PATTERN/job-widgets/v0/ (test/server.js). Run after `npm run build`.
 */
import { expect } from '@open-wc/testing';
import type { JobErrorEvent, JobLoadEvent } from '../src/core/events.js';
import { deepText } from './helpers.js';

interface FlakyPage {
  /** Adds an element with these attributes and resolves its first `job-load` or `job-error`. */
  add(tag: string, attributes: Record<string, string>): Promise<{ el: HTMLElement; event: JobLoadEvent | JobErrorEvent }>;
  /** Requests the server saw per file (query strings left out). */
  requests(): Promise<Record<string, number>>;
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

/** A page that loads dist/ from a path where every file whose name starts with `pattern` fails its first request (`N:name`: its first N). */
async function flakyPage(pattern: string): Promise<FlakyPage> {
  const scope = crypto.randomUUID();
  const frame = document.createElement('iframe');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = '/loading/page';
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  const doc = frame.contentDocument!;
  win.console.warn = () => undefined; // the first element's failure is expected
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = `/loading/flaky/${scope}/${pattern}/job-widgets/v0/job-widgets.js`;
  doc.head.append(script);
  await win.customElements.whenDefined('job-profile');
  return {
    add(tag, attributes) {
      const el = doc.createElement(tag);
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      const event = new Promise<JobLoadEvent | JobErrorEvent>((resolve) => {
        el.addEventListener('job-load', (e) => resolve(e as JobLoadEvent), { once: true });
        el.addEventListener('job-error', (e) => resolve(e as JobErrorEvent), { once: true });
      });
      doc.body.append(el);
      return event.then(async (e) => {
        await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        return { el, event: e };
      });
    },
    requests: async () => (await fetch(`/loading/flaky-stats/${scope}`)).json(),
  };
}

/** How often the server was asked for the file whose name starts with `name` (and a hash). */
const countOf = (requests: Record<string, number>, name: string) =>
  Object.entries(requests).find(([file]) => file.startsWith(name) && /-[\w-]+\.js$/.test(file))?.[1];

describe('dist/ with a chunk that fails once, then works', () => {
  it('a bundled role: the first element gets load-failed, a later one the role', async () => {
    const page = await flakyPage('back-end-developer-');
    const first = await page.add('job-profile', { job: 'back-end-developer' });
    expect(first.event.type).to.equal('job-error');
    expect((first.event as JobErrorEvent).detail.error.kind).to.equal('load-failed');
    const later = await page.add('job-profile', { job: 'back-end-developer' });
    expect(later.event.type).to.equal('job-load');
    expect(deepText(later.el)).to.contain('Back-end Developer');
    expect(countOf(await page.requests(), 'roles/back-end-developer')).to.equal(2);
  });

  it('the Spanish labels: tried again at once, so even the first element is Spanish, and never English first', async () => {
    const page = await flakyPage('es-');
    const first = await page.add('job-profile', { job: 'back-end-developer', lang: 'es' });
    expect(first.event.type).to.equal('job-load');
    expect(deepText(first.el)).to.contain('Habilidades que aprender');
    expect(deepText(first.el)).not.to.contain('Skills to learn');
    const later = await page.add('job-profile', { job: 'back-end-developer', lang: 'es' });
    expect(deepText(later.el)).to.contain('Habilidades que aprender');
    // One Spanish chunk (the labels: this role has an FAQ of its own), asked for twice: the 503, the retry.
    const spanish = Object.entries(await page.requests()).filter(([file]) => file.startsWith('chunks/es-'));
    expect(spanish.map(([, n]) => n), JSON.stringify(spanish)).to.deep.equal([2]);
  });

  it('the Spanish labels failing every time: each element shows in English, with no error', async () => {
    // (A chunk that fails a set number of times would be fetched again by some element's next render,
    // and which one is a race: a chunk that never loads is what can be checked.)
    const page = await flakyPage('99:es-');
    for (const tag of ['skill-list', 'job-profile']) {
      const { el, event } = await page.add(tag, { job: 'back-end-developer', lang: 'es' });
      expect(event.type).to.equal('job-load');
      expect(deepText(el)).to.contain('Skills to learn');
      expect(deepText(el)).not.to.contain('Habilidades que aprender');
    }
  });

  it('the code that fetches src: the first element gets load-failed, a later one the role', async () => {
    const page = await flakyPage('remote-');
    const src = `/api/role/${crypto.randomUUID()}?title=Remote`;
    const first = await page.add('job-profile', { src });
    expect((first.event as JobErrorEvent).detail.error.kind).to.equal('load-failed');
    const later = await page.add('job-profile', { src });
    expect(later.event.type).to.equal('job-load');
    expect(deepText(later.el)).to.contain('Remote');
    expect(countOf(await page.requests(), 'chunks/remote')).to.equal(2);
  });

  it('the validator: a later element validates its src and shows the role', async () => {
    const page = await flakyPage('validate-');
    await page.add('job-profile', { src: `/api/role/${crypto.randomUUID()}?title=First` });
    const later = await page.add('job-profile', { src: `/api/role/${crypto.randomUUID()}?title=Validated` });
    expect(later.event.type).to.equal('job-load');
    expect(deepText(later.el)).to.contain('Validated');
    expect(countOf(await page.requests(), 'chunks/validate')).to.equal(2);
  });

  it('the FAQ writer: a later element of a role without an FAQ of its own shows a written one', async () => {
    const page = await flakyPage('generate-');
    await page.add('job-faq', { job: 'data-scientist' });
    const later = await page.add('job-faq', { job: 'data-scientist' });
    expect(later.event.type).to.equal('job-load');
    expect(later.el.shadowRoot!.querySelectorAll('details').length).to.be.greaterThan(0);
    expect(countOf(await page.requests(), 'chunks/generate')).to.equal(2);
  });
});
