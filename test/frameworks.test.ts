/**
 * The elements in a React 19 and a Vue 3 app (test/frameworks/, bundled by esbuild with the built
 * package, each in a page of its own): `data` and `labels` arrive as properties, `job` as an
 * attribute, and `job-load` / `job-error` reach the app's handlers.
 */
import { SETTLE } from './helpers.js';
import { expect, waitUntil } from '@open-wc/testing';
import backEndDeveloper from '../data/roles/back-end-developer.json';

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
      const role = { ...structuredClone(backEndDeveloper), title: `Back-end Developer (${framework})` };
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
