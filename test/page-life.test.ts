/** What a page does with an element after it is created: edits its inline JSON, moves it, puts many lazy ones in a row. */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { backEndDeveloper } from './fixtures/roles.js';
import '../src/define.js';
import type { RoleElement } from '../src/core/role-element.js';
import { deepText } from './helpers.js';

const stats = async (key: string) => (await (await fetch(`/api/stats/${key}`)).json()) as { requests: number };

describe('inline JSON', () => {
  it('notices a script whose type becomes application/json later', async () => {
    const container = await fixture<HTMLElement>(html`<div></div>`);
    const el = document.createElement('job-profile') as RoleElement;
    const script = document.createElement('script');
    script.type = 'text/plain';
    script.textContent = JSON.stringify({ ...backEndDeveloper, title: 'Inline Developer' });
    el.append(script);
    el.job = 'qa-engineer';
    const first = oneEvent(el, 'job-load');
    container.append(el);
    await first;
    expect(deepText(el)).to.contain('QA Engineer');
    const second = oneEvent(el, 'job-load');
    script.type = 'application/json';
    await second;
    await el.updateComplete;
    expect(deepText(el)).to.contain('Inline Developer');
  });
});

describe('moved into another document', () => {
  /** A same-origin iframe's document, ready to take nodes. */
  async function frameDocument(): Promise<Document> {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="another document" style="width: 800px; height: 600px"></iframe>`);
    if (frame.contentDocument?.readyState !== 'complete') await oneEvent(frame, 'load');
    return frame.contentDocument!;
  }

  /** The computed left border of the element's card: drawn by its styles, 0 without them. */
  const border = (el: RoleElement) => {
    const card = el.shadowRoot!.querySelector('[part="card"]')!;
    return getComputedStyle(card).borderLeftWidth;
  };

  it('keeps its styles in an iframe', async () => {
    const el = document.createElement('salary-card') as RoleElement;
    el.job = 'back-end-developer';
    const loaded = oneEvent(el, 'job-load');
    (await fixture<HTMLElement>(html`<div></div>`)).append(el);
    await loaded;
    expect(border(el)).to.equal('1px');
    const doc = await frameDocument();
    doc.body.append(doc.adoptNode(el));
    await el.updateComplete;
    expect(el.ownerDocument).to.equal(doc);
    expect(el.shadowRoot!.adoptedStyleSheets.length).to.be.greaterThan(0);
    expect(border(el)).to.equal('1px');
    // And it goes on rendering there.
    el.job = 'qa-engineer';
    await oneEvent(el, 'job-load');
    expect(deepText(el)).to.contain('$101,800');
  });

  it('moved while loading, loads, fires job-load and is styled', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in event ? event.reason : event.error);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    try {
      const doc = await frameDocument();
      const el = document.createElement('job-card') as RoleElement; // a view chunk and its styles arrive later
      el.src = `/api/role/${crypto.randomUUID()}?delay=100`;
      (await fixture<HTMLElement>(html`<div></div>`)).append(el);
      const loaded = oneEvent(el, 'job-load');
      doc.body.append(doc.adoptNode(el));
      await loaded;
      await el.updateComplete;
      expect(errors).to.deep.equal([]);
      expect(el.state).to.equal('ready');
      expect(deepText(el)).to.contain('Back-end Developer');
      expect(doc.defaultView!.getComputedStyle(el).display, 'the card view\'s styles apply').to.equal('grid');
      expect(doc.defaultView!.getComputedStyle(el).borderLeftWidth, 'the shared styles apply').to.equal('1px');
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
    }
  });
});

describe('loading="lazy"', () => {
  it('defers what is not near the viewport, when many lazy elements come one after another', async () => {
    const key = crypto.randomUUID();
    const count = 60;
    const container = await fixture<HTMLElement>(html`<div></div>`);
    const els = Array.from({ length: count }, (_, i) => {
      const el = document.createElement('salary-card') as RoleElement;
      el.loading = 'lazy';
      el.src = `/api/role/${key}-${i}`;
      return el;
    });
    const first = oneEvent(els[0]!, 'job-load');
    container.append(...els);
    await first;
    // Every element near the viewport has asked by now: the first one's answer came after their requests.
    const asked = (await Promise.all(els.map((_, i) => stats(`${key}-${i}`)))).filter((s) => s.requests > 0).length;
    expect(asked, 'lazy elements that loaded at once').to.be.within(1, 12);
    // The last one loads once it nears the viewport.
    const last = els[count - 1]!;
    const lastLoaded = oneEvent(last, 'job-load');
    last.scrollIntoView();
    await lastLoaded;
    expect((await stats(`${key}-${count - 1}`)).requests).to.equal(1);
    window.scrollTo(0, 0);
  });
});
