/**
 * The elements in a React 19 and a Vue 3 app (test/frameworks/, bundled by esbuild with the built
 * package, each in a page of its own): `data` and `labels` arrive as properties, `job` as an
 * attribute, and `job-load` / `job-error` reach the app's handlers.
 */
import { SETTLE } from './helpers.js';
import { expect, waitUntil } from '@open-wc/testing';
import { roleTitled } from './fixtures/roles.js';

for (const framework of ['react', 'vue']) {
  describe(`in a ${framework === 'react' ? 'React 19' : 'Vue 3'} app`, () => {
    it('passes data and labels as properties, and hands the events to the app', async () => {
      const frame = document.createElement('iframe');
      frame.style.cssText = 'width: 900px; height: 600px; border: 0';
      frame.srcdoc = `<!doctype html><html lang="en"><body><div id="app"></div>
        <script type="module">import { mount } from '/frameworks/${framework}-app.js'; window.app = { mount };</script></body></html>`;
      const ready = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      document.body.append(frame);
      await ready;
      type App = { mount: (container: Element, role: unknown, report: (kind: string, value: string) => void) => () => void };
      const win = frame.contentWindow as Window & { app?: App };
      await waitUntil(() => win.app, 'the app did not load', SETTLE);
      const app = win.app!;
      const reports: string[] = [];
      const role = roleTitled(`Back-end Developer (${framework})`);
      const unmount = app.mount(frame.contentDocument!.getElementById('app')!, role, (kind, value) => reports.push(`${kind}: ${value}`));
      await waitUntil(() => reports.length === 3, `the app got ${reports.join(', ') || 'no events'}`, SETTLE);
      expect([...reports].sort()).to.deep.equal([`badge: data-scientist`, `error: unknown-job`, `profile: Back-end Developer (${framework})`]);
      const profile = frame.contentDocument!.querySelector('job-profile') as HTMLElement & { data?: unknown; labels?: unknown };
      expect(profile.data).to.equal(role); // the object itself: a property, not an attribute
      expect(profile.hasAttribute('data')).to.be.false;
      expect((profile.labels as { skills: string }).skills).to.equal('What to learn');
      await waitUntil(() => frame.contentDocument!.getElementById('title')!.textContent === role.title, 'the app did not re-render');
      unmount();
      frame.remove();
    });
  });
}

/**
 * React 19 server rendering (renderToString in the test server, as Next.js does) and hydrateRoot in
 * the page (test/frameworks/react-ssr-app.jsx). React sets no custom-element property and adds no
 * `on…` listener while it hydrates; the README's pattern (inline JSON, listener and `data` in effects)
 * gives the card its role and the handler its event anyway.
 */
describe('in a server-rendered React 19 app, hydrated', () => {
  type SsrApp = { hydrate: (container: Element, role: unknown, pattern: string, report: (kind: string, value: string) => void) => () => void };
  const open = async (pattern: 'props' | 'pattern', title: string) => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 900px; height: 600px; border: 0';
    frame.src = `/frameworks/react-ssr?pattern=${pattern}&title=${encodeURIComponent(title)}`;
    const ready = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await ready;
    const win = frame.contentWindow as Window & { app?: SsrApp };
    await waitUntil(() => win.app, 'the app did not load', SETTLE);
    const card = frame.contentDocument!.querySelector('job-card') as HTMLElement & { data?: unknown; state?: string };
    const served = card.outerHTML; // before hydration: what the server sent (the elements are defined already)
    const reports: string[] = [];
    const { role } = JSON.parse(frame.contentDocument!.getElementById('props')!.textContent!) as { role: { title: string } };
    expect(role.title).to.equal(title);
    const unmount = win.app!.hydrate(frame.contentDocument!.getElementById('app')!, role, pattern, (kind, value) => reports.push(`${kind}: ${value}`));
    await waitUntil(() => reports.includes(`hydrated: ${pattern}`), 'hydration did not commit', SETTLE);
    return { frame, card, served, role, reports, unmount };
  };
  const text = (card: HTMLElement) => card.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';

  it('with data and onjob-load as props, React skips both while hydrating (why the pattern is needed)', async () => {
    const { frame, card, served, reports, unmount } = await open('props', 'Back-end Developer (props)');
    expect(served).to.not.contain('Back-end Developer (props)'); // an object prop is not in server HTML
    expect(card.data).to.equal(undefined);
    await waitUntil(() => card.state === 'error', 'the card did not settle', SETTLE);
    expect(text(card)).to.contain('No job was named');
    card.dispatchEvent(new CustomEvent('job-load', { detail: { data: { title: 'probe' } } }));
    expect(reports).to.deep.equal(['hydrated: props']); // the handler is not on the element, and no mismatch
    unmount();
    frame.remove();
  });

  it('with the README pattern, the server HTML carries the role, the card shows it and the handler runs', async () => {
    // (`</script>` in the title: the pattern escapes `<` in the inline JSON, which must still parse to the same role.)
    const title = 'Back-end Developer </script><b> & (SSR)';
    const { frame, card, served, role, reports, unmount } = await open('pattern', title);
    expect(served).to.contain('<script type="application/json">{"id":"back-end-developer"');
    await waitUntil(() => reports.includes(`load: ${title}`), `the handler got ${reports.join(', ')}`, SETTLE);
    expect(reports.filter((r) => r.startsWith('recoverable-error'))).to.deep.equal([]); // no mismatch: the card is the server's
    expect(card.data).to.equal(role);
    await waitUntil(() => card.state === 'ready' && text(card).includes(title), 'the card does not show the role', SETTLE);
    expect(text(card)).to.not.contain('No job was named');
    unmount();
    frame.remove();
  });
});
