/**
 * The embed builder (demo/builder.html + demo/builder.js), loaded in an iframe from the test server:
 * which serves the project folder but is not the demo server, so there is no /demo/render (the
 * prerendered HTML is not shown, only the command) and data/*.json arrive as modules (the roles are
 * listed through the library). Covers the live preview, the snippets and their escaping, pasted JSON
 * with its errors, the manifest and its built-in fallback, the copy buttons, and the script URL: this
 * version on the CDN by default, or the one typed (remembered across visits), which is what a page
 * pasted the snippet into loads. The static copy the build writes (dist/builder/) is in
 * test/builder-static.test.ts.
 */
import { loadFrame, SETTLE } from './helpers.js';
import { expect, waitUntil } from '@open-wc/testing';
import { dataScientist } from './fixtures/roles.js';
import { ELEMENTS } from '../src/elements.js';
import { CDN as TEST_CDN } from './fixtures/cdn.js';

const { name, version } = await (await fetch('/package.json')).json();
/** This version's dist/ on the npm CDN, as the README gives it. */
const CDN = `https://cdn.jsdelivr.net/npm/${name}@${version}/dist/`;
/** The fallback the snippets of the back-end developer carry (the salary, its source). */
const BACK_END = '<p data-job-fallback><strong>Back-end Developer</strong>: Average salary (US): $106,677 per year (Source: Salary.com)</p>';
const SCRIPT_TAG = `<script type="module" src="${CDN}job-widgets.js"></script>`;
const STORAGE_KEY = 'job-widgets:script-url';
/** Attributes the builder does not offer as an element's own: internal ones, the source, and its shared options. */
const NOT_OWN = ['state', 'empty', 'embedded', 'job', 'src', 'timeout', 'loading', 'dir', 'theme', 'lang', 'locale', 'heading-level'];

type Win = Window & typeof globalThis;
interface Page {
  doc: Document;
  win: Win;
}

async function open(src = '/demo/builder.html'): Promise<Page> {
  const frame = await loadFrame(src);
  const doc = frame.contentDocument!;
  await waitUntil(() => doc.documentElement.hasAttribute('data-builder-ready'), 'the builder did not start', SETTLE);
  return { doc, win: frame.contentWindow as Win };
}

afterEach(() => {
  for (const frame of document.querySelectorAll('iframe')) frame.remove();
  localStorage.removeItem(STORAGE_KEY); // what a test typed into the script-URL field
});

/** Text as a reader sees it, through shadow roots. */
function deepText(node: Node): string {
  const collect = (n: Node): string => {
    if (n.nodeType === Node.TEXT_NODE) return (n as Text).data;
    if (n.nodeType !== Node.ELEMENT_NODE && n.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return '';
    const el = n as Element;
    if (el.localName === 'style' || el.localName === 'script' || el.localName === 'template') return '';
    return ` ${[...(el.shadowRoot ?? n).childNodes].map(collect).join('')} `;
  };
  return collect(node).replace(/\s+/g, ' ').trim();
}

const byId = <T extends HTMLElement = HTMLInputElement>({ doc }: Page, id: string) => doc.getElementById(id) as T;

/** Sets a control's value as a user would (the events bubble to the builder's form). */
function set(page: Page, id: string, value: string) {
  const control = byId<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(page, id);
  control.value = value;
  control.dispatchEvent(new page.win.Event('input', { bubbles: true }));
  control.dispatchEvent(new page.win.Event('change', { bubbles: true }));
}

const preview = (page: Page) => byId<HTMLElement>(page, 'column').firstElementChild as HTMLElement;
/** The script-tag snippet once it is complete: with the fallback of the loaded preview (or none, when it failed). */
const snippet = async (page: Page) => {
  await waitUntil(() => byId(page, 'script-snippet').hasAttribute('data-complete'), 'the snippet never got its fallback', SETTLE);
  return byId(page, 'script-snippet').textContent!;
};
const command = (page: Page) => byId(page, 'cli-command').textContent!;

/** The preview element once it has settled in `state` (it is replaced when the element or an attribute changes). */
async function settled(page: Page, tag: string, state = 'ready'): Promise<HTMLElement> {
  await waitUntil(() => preview(page)?.localName === tag && preview(page).getAttribute('state') === state, `the preview is not a ${state} <${tag}>`, {
    ...SETTLE,
  });
  return preview(page);
}

/** The element's attributes as the page set them (without those it reflects itself). */
const attributesOf = (el: Element) =>
  [...el.attributes].filter((a) => !['state', 'empty'].includes(a.name)).map((a) => [a.name, a.value]);

/** The custom elements manifest, as the build wrote it: each element's tag and attribute names. */
async function manifestElements(): Promise<Map<string, string[]>> {
  const manifest = await (await fetch('/custom-elements.json')).json();
  const found = new Map<string, string[]>();
  for (const module of manifest.modules)
    for (const d of module.declarations ?? []) if (d.tagName) found.set(d.tagName, (d.attributes ?? []).map((a: { name: string }) => a.name));
  return found;
}

const ownFields = (page: Page) => [...byId(page, 'own-fields').querySelectorAll<HTMLElement>('[data-own]')].map((f) => f.dataset.attribute);

describe('embed builder', () => {
  it('offers every bundled role and every element of the manifest, each with its own attributes and no internal ones', async () => {
    const page = await open();
    const roles = [...byId<HTMLSelectElement>(page, 'role').options].map((o) => o.value);
    expect(roles).to.have.length(57);
    expect(roles).to.include('data-scientist').and.to.include('back-end-developer');

    const manifest = await manifestElements();
    const offered = [...byId<HTMLSelectElement>(page, 'element').options].map((o) => o.value);
    expect([...offered].sort()).to.deep.equal([...manifest.keys()].sort());
    expect(offered[0]).to.equal('job-profile');
    expect(byId(page, 'manifest-note').textContent).to.contain('from custom-elements.json');

    for (const [tag, attributes] of manifest) {
      set(page, 'element', tag);
      expect(ownFields(page), tag).to.deep.equal(attributes.filter((name) => !NOT_OWN.includes(name)));
      for (const internal of ['state', 'empty', 'embedded']) expect(page.doc.querySelector(`[data-attribute="${internal}"]`), tag).to.equal(null);
    }
    set(page, 'element', 'salary-card');
    expect(ownFields(page)).to.deep.equal(['include', 'variant']);
    expect([...byId<HTMLSelectElement>(page, 'attr-variant').options].map((o) => o.value)).to.deep.equal(['', 'card', 'badge']);
    set(page, 'element', 'skill-list');
    expect(ownFields(page)).to.deep.equal(['variant', 'limit']);
    expect(byId(page, 'attr-limit').type).to.equal('number');
    if (manifest.has('job-card')) {
      set(page, 'element', 'job-card');
      expect(ownFields(page)).to.include('href').and.to.include('job-href');
    }
  });

  it('shows the chosen role in the chosen element, live', async () => {
    const page = await open();
    let el = await settled(page, 'job-profile');
    expect(deepText(el.shadowRoot!)).to.contain('Back-end Developer');

    set(page, 'role', 'data-scientist');
    el = await settled(page, 'job-profile');
    expect(el.getAttribute('job')).to.equal('data-scientist');
    expect(deepText(el.shadowRoot!)).to.contain('Data Scientist');
    expect(byId(page, 'preview-status').textContent).to.equal('Ready.');

    set(page, 'element', 'skill-list');
    el = await settled(page, 'skill-list');
    expect(el.getAttribute('job')).to.equal('data-scientist');
    expect(deepText(el.shadowRoot!)).to.contain(dataScientist.skills[0]!.name);

    set(page, 'heading-level', '4');
    el = await settled(page, 'skill-list');
    expect(el.shadowRoot!.querySelector('h4')).to.exist;
  });

  it('puts exactly the chosen attributes in the snippet, the preview and the command line', async () => {
    const page = await open();
    set(page, 'element', 'salary-card');
    set(page, 'theme', 'dark');
    set(page, 'lang', 'es');
    set(page, 'heading-level', '3');
    set(page, 'attr-include', 'growth openings');
    set(page, 'attr-variant', 'badge');
    const chosen = [
      ['job', 'back-end-developer'],
      ['theme', 'dark'],
      ['lang', 'es'],
      ['heading-level', '3'],
      ['include', 'growth openings'],
      ['variant', 'badge'],
    ];
    expect(await snippet(page)).to.equal(
      `${SCRIPT_TAG}\n<salary-card job="back-end-developer" theme="dark" lang="es" heading-level="3" include="growth openings" variant="badge"><span data-job-fallback>106.677\u00a0US$ al año (Salary.com)</span></salary-card>`,
    );
    expect(command(page)).to.equal(
      "npx job-widgets-tools render back-end-developer --element salary-card --theme dark --lang es --heading-level 3 --include 'growth openings' --variant badge",
    );
    const el = await settled(page, 'salary-card');
    expect(attributesOf(el)).to.deep.equal(chosen);
    expect(deepText(el.shadowRoot!)).to.contain('106.677'); // Spanish number format: the lang reached the element

    // Unset options leave the snippet (and the element) again.
    set(page, 'attr-variant', '');
    set(page, 'theme', '');
    set(page, 'lang', '');
    set(page, 'heading-level', '');
    set(page, 'attr-include', '');
    expect(await snippet(page)).to.equal(`${SCRIPT_TAG}\n<salary-card job="back-end-developer">${BACK_END}</salary-card>`);
    expect(command(page)).to.equal('npx job-widgets-tools render back-end-developer --element salary-card');
    // (`variant` is reflected by the element itself, with its default.)
    const bare = attributesOf(await settled(page, 'salary-card')).filter(([name]) => name !== 'variant');
    expect(bare).to.deep.equal([['job', 'back-end-developer']]);

    // The whole profile is the command's default element; the locale is free text.
    set(page, 'element', 'job-profile');
    set(page, 'locale', 'de-DE');
    expect(command(page)).to.equal('npx job-widgets-tools render back-end-developer --locale de-DE');
    set(page, 'element', 'job-directory');
    set(page, 'attr-job-href', '/careers/{id}');
    const directory = await snippet(page);
    expect(directory).to.match(/^<script [^>]+><\/script>\n<job-directory locale="de-DE" job-href="\/careers\/\{id\}"><ul data-job-fallback>/);
    expect(directory).to.contain('<li><a href="/careers/data-scientist">Data Scientist</a>');
    expect(command(page)).to.equal("npx job-widgets-tools render --element job-directory --locale de-DE --job-href '/careers/{id}'");
    await settled(page, 'job-directory');
  });

  it('offers the image of a card or a badge: its dist/images URL, Markdown with its alt text, the command', async () => {
    const page = await open();
    set(page, 'role', 'data-scientist');
    set(page, 'element', 'job-card');
    set(page, 'theme', 'dark');
    const text = (id: string) => page.doc.getElementById(id)!.textContent!;
    await waitUntil(() => text('image-markdown').includes('Median salary'), 'no image snippet', SETTLE);
    expect(page.doc.getElementById('image-panel')!.hidden).to.be.false;
    expect(text('image-markdown')).to.match(/^!\[Data Scientist\. Median salary \(US\): \$112,590 a year \(Source: U\.S\. Bureau of Labor Statistics/);
    const url = `https://cdn.jsdelivr.net/npm/${name}-tools@${version}/dist/images/data-scientist-card-dark.svg`;
    expect(text('image-markdown').slice(-url.length - 3)).to.equal(`](${url})`);
    expect(text('image-url')).to.equal(url);
    expect(text('image-command')).to.equal('npx job-widgets-tools render data-scientist --element job-card --theme dark --format svg --out card.svg');
    const preview = page.doc.getElementById('image-preview') as HTMLImageElement;
    expect(preview.getAttribute('src')).to.equal(url);
    expect(preview.alt).to.match(/^Data Scientist\. Median salary/);
    // The compact card, for narrow columns: its own file, command and preview.
    expect(page.doc.getElementById('image-size-field')!.hidden).to.be.false;
    set(page, 'image-size', 'compact');
    const compact = url.replace('-card-dark.svg', '-compact-dark.svg');
    await waitUntil(() => text('image-url') === compact, `no compact image: ${text('image-url')}`, SETTLE);
    expect(text('image-command')).to.equal('npx job-widgets-tools render data-scientist --element job-card --size compact --theme dark --format svg --out compact.svg');
    expect(preview.getAttribute('src')).to.equal(compact);
    expect(text('image-markdown').slice(-compact.length - 3)).to.equal(`](${compact})`);
    set(page, 'image-size', 'social');
    set(page, 'element', 'salary-card');
    set(page, 'attr-variant', 'badge');
    await waitUntil(() => text('image-url').endsWith('data-scientist-badge.svg'), `no badge: ${text('image-url')}`, SETTLE);
    expect(page.doc.getElementById('image-size-field')!.hidden).to.be.true; // a badge has one size
    set(page, 'element', 'skill-list');
    expect(page.doc.getElementById('image-panel')!.hidden).to.be.true; // no image of a skill list
  });

  it('offers <job-compare> with a second role, its live preview, snippet and render command', async () => {
    const page = await open();
    set(page, 'element', 'job-compare');
    expect(byId(page, 'compare-field').hidden).to.be.false;
    set(page, 'role', 'data-scientist');
    set(page, 'compare-with', 'database-architect');
    const el = await settled(page, 'job-compare');
    expect(el.getAttribute('job')).to.equal('data-scientist database-architect');
    expect(el.shadowRoot!.querySelector('table')).to.exist;
    await waitUntil(() => byId(page, 'script-snippet').textContent!.includes('<job-compare job="data-scientist database-architect"'), 'no compare snippet', SETTLE);
    expect(byId(page, 'cli-command').textContent).to.equal('npx job-widgets-tools render data-scientist database-architect --element job-compare');
    // Its image: no prebuilt file (too many pairs), the command that makes it, in either size.
    expect(byId(page, 'image-panel').hidden).to.be.false;
    expect(byId(page, 'image-preview-box').hidden).to.be.true;
    expect(byId(page, 'image-command').textContent).to.equal('npx job-widgets-tools render data-scientist database-architect --element job-compare --format svg --out compare.svg');
    set(page, 'image-size', 'compact');
    expect(byId(page, 'image-command').textContent).to.contain('--size compact');
    set(page, 'element', 'job-card');
    expect(byId(page, 'compare-field').hidden).to.be.true;
  });

  it('loads the script from this version on the CDN, or from the URL typed, remembered across reloads', async () => {
    let page = await open();
    const field = () => byId(page, 'script-url');
    expect(field().value).to.equal(`${CDN}job-widgets.js`);
    expect((await snippet(page)).split('\n')[0]).to.equal(SCRIPT_TAG);

    const mine = 'https://static.example/js/jw/job-widgets.js';
    set(page, 'script-url', mine);
    expect(await snippet(page)).to.equal(`<script type="module" src="${mine}"></script>\n<job-profile job="back-end-developer">${BACK_END}</job-profile>`);
    byId(page, 'linked').click();
    expect(command(page)).to.equal('npx job-widgets-tools render back-end-developer --stylesheets https://static.example/js/jw/styles/');

    // A new visit (the frame gone, the page loaded anew): the typed URL is back, and in the snippet.
    document.querySelector('iframe')!.remove();
    page = await open();
    expect(field().value).to.equal(mine);
    expect((await snippet(page)).split('\n')[0]).to.equal(`<script type="module" src="${mine}"></script>`);
    set(page, 'element', 'job-card');
    await waitUntil(() => byId(page, 'image-url').textContent!.startsWith('https://static.example/js/jw/images/'), 'the image is not beside the script');

    // Typed markup stays a value.
    set(page, 'script-url', '/x.js"></script><b>');
    expect((await snippet(page)).split('\n')[0]).to.equal('<script type="module" src="/x.js&quot;&gt;&lt;/script&gt;&lt;b&gt;"></script>');

    // Back to the CDN: nothing is remembered, so a newer version's default will show.
    byId(page, 'script-url-reset').click();
    expect(field().value).to.equal(`${CDN}job-widgets.js`);
    expect((await snippet(page)).split('\n')[0]).to.equal(SCRIPT_TAG);
    expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);
    document.querySelector('iframe')!.remove();
    page = await open();
    expect(field().value).to.equal(`${CDN}job-widgets.js`);
  });

  it('its snippet, pasted into a plain page with the script URL it shows (a local dist/), renders the card', async () => {
    const page = await open();
    // dist/ served under a deep path, as a CDN or your own server would.
    const local = new URL(`${TEST_CDN}job-widgets.js`, location.href).href;
    set(page, 'script-url', local);
    set(page, 'role', 'data-scientist');
    set(page, 'element', 'job-card');
    set(page, 'theme', 'dark');
    await settled(page, 'job-card');
    const text = await snippet(page);
    const fallback =
      '<p data-job-fallback><strong>Data Scientist</strong>: Median salary (US): $112,590 per year (Source: <a href="https://www.bls.gov/ooh/math/home.htm">U.S. Bureau of Labor Statistics</a>)</p>';
    expect(text).to.equal(`<script type="module" src="${local}"></script>\n<job-card job="data-scientist" theme="dark">${fallback}</job-card>`);

    const frame = document.createElement('iframe');
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A post</title></head><body><h1>A post</h1>\n${text}\n</body></html>`;
    document.body.append(frame);
    await loaded;
    const card = frame.contentDocument!.querySelector('job-card')!;
    expect(frame.contentDocument!.querySelector('script')!.src).to.equal(local);
    await waitUntil(() => card.getAttribute('state') === 'ready', `the pasted card is ${card.getAttribute('state') ?? 'not upgraded'}`, SETTLE);
    expect(deepText(card.shadowRoot!)).to.contain('Data Scientist');
    expect(card.getBoundingClientRect().height).to.be.greaterThan(100);
    expect(frame.contentDocument!.body.innerText, 'the fallback is hidden once the card renders').not.to.contain('(Source: U.S. Bureau');

    // The same snippet where the script never loads: its fallback shows the facts.
    const broken = document.createElement('iframe');
    const brokenLoaded = new Promise((resolve) => broken.addEventListener('load', resolve, { once: true }));
    broken.srcdoc = frame.srcdoc.replace(local, new URL('/no-such-folder/job-widgets.js', location.href).href);
    document.body.append(broken);
    await brokenLoaded;
    const shown = broken.contentDocument!.body.innerText;
    expect(shown).to.contain('Data Scientist: Median salary (US): $112,590 per year (Source: U.S. Bureau of Labor Statistics)');
    expect(broken.contentDocument!.querySelector('job-card a')!.getAttribute('href')).to.equal('https://www.bls.gov/ooh/math/home.htm');

    // The image URL the builder shows is beside that script, and served.
    await waitUntil(() => byId(page, 'image-url').textContent!.endsWith('.svg'), 'no image URL');
    const image = await fetch(byId(page, 'image-url').textContent!);
    expect(image.status).to.equal(200);
    expect(image.headers.get('content-type')).to.match(/^image\/svg\+xml/);
  });

  it('escapes what is typed: no markup gets into the snippet through a value', async () => {
    const page = await open();
    set(page, 'element', 'related-jobs');
    const typed = `/careers/{id}?from="x"><b>bold</b>&it's`;
    set(page, 'attr-job-href', typed);
    const text = await snippet(page);
    expect(text).to.contain('job-href="/careers/{id}?from=&quot;x&quot;&gt;&lt;b&gt;bold&lt;/b&gt;&amp;it\'s"');
    expect(text).not.to.contain('<b>');
    // Parsed as a page would parse it: one element, the value intact.
    const parsed = new DOMParser().parseFromString(text, 'text/html');
    expect(parsed.querySelector('b')).to.equal(null);
    expect(parsed.querySelector('related-jobs')!.getAttribute('job-href')).to.equal(typed);
    expect(parsed.querySelectorAll('related-jobs, script')).to.have.length(2);
    expect(command(page)).to.equal(`npx job-widgets-tools render back-end-developer --element related-jobs --job-href '/careers/{id}?from="x"><b>bold</b>&it'\\''s'`);
    const el = await settled(page, 'related-jobs');
    expect(el.getAttribute('job-href')).to.equal(typed);

    // The free locale field too.
    set(page, 'locale', '"><script>x</script>');
    expect(await snippet(page)).to.contain('locale="&quot;&gt;&lt;script&gt;x&lt;/script&gt;"');
  });

  it('validates pasted JSON in the element itself, shows its errors, and inlines it safely', async () => {
    const page = await open();
    const errors: string[] = [];
    page.doc.addEventListener('job-error', (e) => errors.push((e as CustomEvent).detail.error.message));
    byId(page, 'source-json').click();
    expect(byId(page, 'json-panel').hidden).to.equal(false);
    // It starts from the bundled role chosen.
    await waitUntil(() => byId(page, 'json').value.includes('"Back-end Developer"'), 'the editor was not filled');
    await settled(page, 'job-profile');
    expect(preview(page).hasAttribute('job')).to.equal(false);
    expect(preview(page).querySelector('script[type="application/json"]')).to.exist;
    await waitUntil(() => byId(page, 'json-verdict').textContent!.startsWith('No problems'));

    // Not JSON: the element's own error state and message.
    set(page, 'json', '{ "id": "my-role", "title": "My Role",');
    let el = await settled(page, 'job-profile', 'error');
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.exist;
    await waitUntil(() => byId(page, 'json-verdict').textContent === errors.at(-1), 'the page does not show the element’s message');
    expect(errors.at(-1)).to.match(/line 1, column \d+/);
    expect(byId(page, 'preview-status').textContent).to.equal(`Error: ${errors.at(-1)}`);

    // JSON, but not a valid role: every problem by path.
    set(page, 'json', '{ "id": "my-role", "title": "My Role" }');
    el = await settled(page, 'job-profile', 'error');
    await waitUntil(() => byId(page, 'json-issues').textContent!.includes('summary'), 'the problems are not listed');

    // Valid, with text that would close a script element: escaped in the snippet.
    const role = { id: 'my-role', title: 'My </script><b>Role</b>', summary: 'What the job is <!-- about -->.' };
    set(page, 'json', JSON.stringify(role, null, 2));
    set(page, 'element', 'job-faq');
    el = await settled(page, 'job-faq');
    expect(deepText(el.shadowRoot!)).to.contain('My </script><b>Role</b>');
    const text = await snippet(page);
    expect(text).to.equal(
      `${SCRIPT_TAG}\n<job-faq>\n  <script type="application/json">${JSON.stringify(role).replace(/</g, '\\u003c')}</script>\n  <p data-job-fallback><strong>My &lt;/script&gt;&lt;b&gt;Role&lt;/b&gt;</strong>: What the job is &lt;!-- about --&gt;.</p>\n</job-faq>`,
    );
    const parsed = new DOMParser().parseFromString(text, 'text/html');
    expect(parsed.querySelector('b')).to.equal(null);
    expect(JSON.parse(parsed.querySelector('job-faq > script')!.textContent!)).to.deep.equal(role);
    expect(command(page)).to.equal('npx job-widgets-tools render my-role.json --element job-faq');
    expect(byId(page, 'cli-note').hidden).to.equal(false);
  });

  it('shows the command but not the prerendered HTML where the demo server does not render', async () => {
    const page = await open();
    expect(command(page)).to.equal('npx job-widgets-tools render back-end-developer');
    await waitUntil(() => byId(page, 'render-status').textContent!.includes('demo server'), 'no word on the prerendered HTML');
    expect(byId(page, 'render-panel').hidden).to.equal(true);
    byId(page, 'linked').click();
    expect(command(page)).to.equal(`npx job-widgets-tools render back-end-developer --stylesheets ${CDN}styles/`);
  });

  it('falls back to its built-in list of elements without the manifest', async () => {
    const page = await open('/demo/builder.html?manifest=builtin');
    expect(byId(page, 'manifest-note').textContent).to.contain('built-in list');
    const offered = [...byId<HTMLSelectElement>(page, 'element').options].map((o) => o.value);
    // The documented elements, in their order (src/elements.ts): demo/builder.js keeps its own copy
    // (the static builder has no src/ to import), which this holds to the list.
    expect(offered).to.deep.equal(ELEMENTS.filter((e) => e.docs).map((e) => e.tag));
    set(page, 'element', 'skill-list');
    expect(ownFields(page)).to.deep.equal(['variant', 'limit']);
    set(page, 'attr-limit', '3');
    expect(await snippet(page)).to.equal(`${SCRIPT_TAG}\n<skill-list job="back-end-developer" limit="3">${BACK_END}</skill-list>`);
    const el = await settled(page, 'skill-list');
    expect(el.shadowRoot!.querySelector('[part="toggle"]')).to.exist;
  });

  it('sets the preview’s background and column width', async () => {
    const page = await open();
    const stage = byId(page, 'stage');
    (page.doc.querySelector('input[name="background"][value="dark"]') as HTMLInputElement).click();
    expect(stage.dataset.background).to.equal('dark');
    expect(page.win.getComputedStyle(stage).backgroundColor).to.equal('rgb(20, 24, 29)');
    for (const width of [280, 375, 720]) {
      (page.doc.querySelector(`input[name="width"][value="${width}"]`) as HTMLInputElement).click();
      expect(byId(page, 'column').getBoundingClientRect().width).to.equal(width);
    }
    const el = await settled(page, 'job-profile');
    expect(el.getBoundingClientRect().width).to.equal(720);
  });

  it('copies a snippet to the clipboard, or selects it when it may not, and says so', async () => {
    const page = await open();
    const copied: string[] = [];
    Object.defineProperty(page.win.navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void copied.push(text) } });
    const button = page.doc.querySelector('[data-copy="script-snippet"]') as HTMLButtonElement;
    const status = button.parentElement!.querySelector('[role="status"]')!;
    button.click();
    await waitUntil(() => status.textContent === 'Copied.', 'no "Copied" announced');
    expect(copied).to.deep.equal([await snippet(page)]);

    Object.defineProperty(page.win.navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async () => Promise.reject(new DOMException('Not allowed', 'NotAllowedError')) },
    });
    const commandButton = page.doc.querySelector('[data-copy="cli-command"]') as HTMLButtonElement;
    commandButton.click();
    const commandStatus = commandButton.parentElement!.querySelector('[role="status"]')!;
    await waitUntil(() => commandStatus.textContent !== '', 'nothing announced');
    expect(commandStatus.textContent).to.match(/^(Copied\.|Selected: press Ctrl\+C)/);
    expect(page.win.getSelection()!.toString()).to.equal(command(page));
  });

  it('passes axe, with the light and the dark preview, a valid role and a pasted document with an error', async () => {
    const page = await open();
    await settled(page, 'job-profile');
    const script = page.doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    await new Promise((resolve, reject) => {
      script.addEventListener('load', resolve);
      script.addEventListener('error', reject);
      page.doc.head.append(script);
    });
    const axe = (page.win as unknown as { axe: { run(context: Node): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const violations = async () => (await axe.run(page.doc)).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(await violations()).to.deep.equal([]);

    (page.doc.querySelector('input[name="background"][value="dark"]') as HTMLInputElement).click();
    set(page, 'element', 'skill-list');
    await settled(page, 'skill-list');
    expect(await violations()).to.deep.equal([]);

    byId(page, 'source-json').click();
    await waitUntil(() => byId(page, 'json').value !== '', 'the editor was not filled');
    set(page, 'json', '{ "id": "my-role" }');
    await settled(page, 'skill-list', 'error');
    await waitUntil(() => byId(page, 'json-issues').children.length > 0);
    expect(await violations()).to.deep.equal([]);
  });

  it('labels every control', async () => {
    const page = await open();
    set(page, 'element', 'salary-card');
    byId(page, 'source-json').click();
    for (const control of page.doc.querySelectorAll<HTMLInputElement>('input, select, textarea, button')) {
      const name = control.labels?.length ? [...control.labels].map((l) => l.textContent).join(' ') : control.textContent;
      expect(name!.trim(), control.outerHTML).not.to.equal('');
    }
  });
});
