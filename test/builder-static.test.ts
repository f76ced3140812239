/**
 * The embed builder as the build writes it, dist/builder/ (scripts/build-builder.js): a static page
 * that needs nothing but dist/. Served here as plain files by the test server (no demo server, no
 * project folder around it: every request it makes is checked to stay inside dist/), it starts,
 * offers every element of the manifest and every bundled role, previews, and prints this version's
 * CDN snippet; the prerendered HTML, which needs a server, is left to the command, and it says so.
 */
import { loadFrame, requestedPaths, SETTLE } from './helpers.js';
import { expect, waitUntil } from '@open-wc/testing';

const { name, version } = await (await fetch('/package.json')).json();
const SCRIPT_TAG = `<script type="module" src="https://cdn.jsdelivr.net/npm/${name}@${version}/dist/job-widgets.js"></script>`;

afterEach(() => {
  for (const frame of document.querySelectorAll('iframe')) frame.remove();
  localStorage.removeItem('job-widgets:script-url');
});

async function open(src: string) {
  const frame = await loadFrame(src);
  const doc = frame.contentDocument!;
  await waitUntil(() => doc.documentElement.hasAttribute('data-builder-ready'), 'the static builder did not start', SETTLE);
  return { doc, win: frame.contentWindow as Window & typeof globalThis };
}

describe('the static embed builder (dist/builder/)', () => {
  for (const src of ['/dist/builder/', '/dist/builder/index.html']) {
    it(`starts from ${src} and makes a snippet, with nothing but dist/`, async () => {
      const { doc, win } = await open(src);
      const byId = (id: string) => doc.getElementById(id) as HTMLInputElement;
      expect(doc.documentElement.dataset.builder).to.equal('static');
      expect(byId('manifest-note').textContent).to.contain('from custom-elements.json');
      const elements = [...(byId('element') as unknown as HTMLSelectElement).options].map((o) => o.value);
      expect(elements).to.include.members(['job-profile', 'job-card', 'salary-card', 'job-directory']);
      await waitUntil(() => (byId('role') as unknown as HTMLSelectElement).options.length === 57, 'the bundled roles are not listed', SETTLE);

      await waitUntil(() => byId('script-snippet').hasAttribute('data-complete'), 'the snippet never got its fallback', SETTLE);
      expect(byId('script-snippet').textContent).to.equal(
        `${SCRIPT_TAG}\n<job-profile job="back-end-developer"><p data-job-fallback><strong>Back-end Developer</strong>: Average salary (US): $106,677 per year (Source: Salary.com)</p></job-profile>`,
      );
      const preview = () => byId('column').firstElementChild!;
      await waitUntil(() => preview().getAttribute('state') === 'ready', 'the preview did not render', SETTLE);
      expect(preview().shadowRoot!.textContent).to.contain('Back-end Developer');

      // No server renders here: the command, and a plain word on where the HTML itself comes from.
      expect(byId('cli-command').textContent).to.equal('npx job-widgets-tools render back-end-developer');
      expect(byId('render-panel').hidden).to.equal(true);
      expect(byId('render-status').textContent).to.contain('demo server').and.to.contain('run the command above');

      // Your own JSON starts from the bundled role, read through the library (there is no data/ here).
      byId('source-json').click();
      await waitUntil(() => byId('json').value.includes('"Back-end Developer"'), 'the editor was not filled', SETTLE);
      await waitUntil(() => !preview().hasAttribute('job') && preview().getAttribute('state') === 'ready', 'the inline JSON did not render', SETTLE);

      // (/__web-dev-server: the test server's own script, put into every page.)
      const outside = requestedPaths(/^(?!\/dist\/|\/__web-dev-server)/, win);
      expect(outside, 'requests outside dist/').to.deep.equal([]);
      // Only what the browser package ships: the images (and their index) are the tools package's.
      expect(requestedPaths(/^\/dist\/images\//, win), 'requests for dist/images/').to.deep.equal([]);

      // The image snippet has the image's own alt text (the builder's copy of the images' index).
      byId('source-bundled').click();
      (byId('role') as unknown as HTMLSelectElement).value = 'data-scientist';
      byId('role').dispatchEvent(new Event('input', { bubbles: true }));
      (byId('element') as unknown as HTMLSelectElement).value = 'job-card';
      byId('element').dispatchEvent(new Event('change', { bubbles: true }));
      await waitUntil(() => byId('image-markdown').textContent!.startsWith('![Data Scientist. Median salary'), `the image Markdown: ${byId('image-markdown').textContent}`, SETTLE);
    });
  }
});
