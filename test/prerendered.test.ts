/**
 * Prerendered snippets (job-widgets/ssr, after the build) on a blogger's page, served by the test
 * server (/ssr/page, see test/server.js and scripts/prerendered-page.js): shown without JavaScript,
 * taken over by the script without a loading state or a layout shift, and working under a strict CSP.
 */
import { requestedPaths, SETTLE } from './helpers.js';
import { expect, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { backEndDeveloper } from './fixtures/roles.js';
import { ELEMENTS } from '../src/elements.js';
import { CDN_WITHOUT_ROLES, slowCdn } from './fixtures/cdn.js';

/** The cases of scripts/prerendered-page.js: one element each (the badge sits inside a sentence). */
const CASES = [
  'profile',
  'profile-document',
  'profile-compact',
  'salary-card',
  'badge',
  'job-outlook',
  'skill-list',
  'job-faq',
  'job-faq-generated',
  'job-activities',
  'job-path',
  'related-jobs',
  'job-directory',
  'job-card',
  'job-header',
  'job-compare',
];
const TAGS = ELEMENTS.filter((e) => e.prerender).map((e) => e.tag);

/** Loads `src` in an iframe of 1024 (or `width`) × 2000 px; `sandbox` without allow-scripts is a browser with JavaScript off. */
async function open(src: string, { scripts = true, width = 1024 } = {}): Promise<{ frame: HTMLIFrameElement; doc: Document; win: Window & typeof globalThis }> {
  const frame = document.createElement('iframe');
  if (!scripts) frame.setAttribute('sandbox', 'allow-same-origin');
  frame.style.cssText = `width: ${width}px; height: 2000px; border: 0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  document.body.append(frame);
  await loaded;
  return { frame, doc: frame.contentDocument!, win: frame.contentWindow as Window & typeof globalThis };
}

afterEach(() => {
  for (const frame of document.querySelectorAll('iframe')) frame.remove();
});

/** The element of each case, by case name. */
const elementsOf = (doc: Document) =>
  new Map(
    CASES.filter((name) => doc.querySelector(`[data-case="${name}"]`)).map((name) => [
      name,
      doc.querySelector(`[data-case="${name}"]`)!.querySelector(TAGS.join(','))!,
    ]),
  );

/** Text as a reader sees it, through shadow roots (written without `instanceof`: the nodes are another window's). */
function deepText(node: Node): string {
  const collect = (n: Node): string => {
    if (n.nodeType === Node.TEXT_NODE) return (n as Text).data;
    if (n.nodeType !== Node.ELEMENT_NODE && n.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return '';
    const el = n as Element;
    if (el.localName === 'style' || el.localName === 'script' || el.localName === 'template') return '';
    const inner = [...(el.shadowRoot ?? n).childNodes].map(collect).join('');
    return ['a', 'bdi', 'span', 'strong', 'em', 'abbr', 'small', 'code'].includes(el.localName) ? inner : ` ${inner} `;
  };
  return collect(node).replace(/\u2060/g, '').replace(/\s+/g, ' ').trim();
}

/**
 * Every text node through shadow roots, white space as it is, one entry each: what a takeover must not
 * change (text split differently is shaped, kerned, differently: the card would shift by subpixels).
 */
function textNodes(node: Node): string[] {
  if (node.nodeType === Node.TEXT_NODE) return [(node as Text).data];
  const el = node as Element;
  if (el.localName === 'style' || el.localName === 'script') return [];
  return [...(el.shadowRoot ?? node).childNodes].flatMap(textNodes);
}

/** Every element below `root`, through shadow roots. */
function deepAll(root: Element | ShadowRoot | Document): Element[] {
  const found: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    found.push(el);
    if (el.shadowRoot) found.push(...deepAll(el.shadowRoot));
  }
  return found;
}

/**
 * Every fact of the back-end developer role as the profile prints it: its strings, and the figures
 * formatted. (Not the tagline: it stands in for the summary where there is room for one line only, a
 * card or a directory entry; the profile has the whole summary.)
 */
function seedFacts(): string[] {
  const skip = new Set(['id', 'url', 'currency', 'period', 'kind', 'region', '$schema', 'tagline']);
  const facts: string[] = [];
  const walk = (value: unknown, key = '') => {
    if (typeof value === 'string' && !skip.has(key)) facts.push(value.replace(/\s+/g, ' ').trim());
    else if (Array.isArray(value)) value.forEach((v) => walk(v, key));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  walk(backEndDeveloper);
  return [...facts, '$106,677', '+22%', '2020', '2030', '64,957'];
}

/** Where every case's element and the paragraph after it are: the layout a takeover must keep. */
const layoutOf = (doc: Document) =>
  [...doc.querySelectorAll('[data-case]')].map((section) => {
    const r = section.querySelector('.after')!.getBoundingClientRect();
    return `${section.getAttribute('data-case')}: ${r.top.toFixed(1)} ${r.left.toFixed(1)} ${r.height.toFixed(1)}`;
  });

/** Puts the script tag on an already-parsed page and waits for every element's first `job-load`. */
async function addScript(doc: Document, win: Window, { src = '/dist/job-widgets.js', event = 'job-load' } = {}): Promise<Set<Element>> {
  const loaded = new Set<Element>();
  doc.addEventListener(event, (e) => loaded.add(e.target as Element), true);
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = src;
  doc.head.append(script);
  const elements = [...elementsOf(doc).values()];
  await waitUntil(() => elements.every((el) => loaded.has(el)), `not every element fired ${event}`, SETTLE);
  await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
  return loaded;
}

describe('prerendered snippets', () => {
  describe('with JavaScript off', () => {
    it('shows every element, its shadow root parsed from the snippet', async () => {
      const { doc } = await open('/ssr/page', { scripts: false });
      for (const [name, el] of elementsOf(doc)) {
        expect(el.shadowRoot, name).to.exist;
        expect(el.getAttribute('state'), name).to.equal('ready');
        expect(el.getBoundingClientRect().height, name).to.be.greaterThan(10);
        expect(deepText(el).length, name).to.be.greaterThan(10);
      }
      expect(doc.defaultView!.customElements.get('job-profile')).to.be.undefined; // no script ran
    });

    it('shows every seed fact of the back-end developer, and its source links', async () => {
      const { doc } = await open('/ssr/page', { scripts: false });
      const profile = elementsOf(doc).get('profile')!;
      const text = deepText(profile);
      const missing = seedFacts().filter((fact) => !text.includes(fact));
      expect(missing).to.deep.equal([]);
      const hrefs = deepAll(profile.shadowRoot!).filter((e) => e.localName === 'a').map((a) => a.getAttribute('href'));
      for (const source of [backEndDeveloper.salary.source, backEndDeveloper.growth.source, backEndDeveloper.openings.source]) {
        if ('url' in source) expect(hrefs).to.include(new URL(source.url as string).href);
      }
      expect(hrefs).to.include('/careers/full-stack-developer'); // job-href stays relative to the page
    });

    it('shows each part with its own facts: the badge in its sentence, the skills, a generated Spanish FAQ', async () => {
      const { doc } = await open('/ssr/page', { scripts: false });
      const els = elementsOf(doc);
      expect(deepText(doc.querySelector('[data-case="badge"] p')!)).to.contain('Back-end developers earn Average salary (US): $106,677 a year (Source: Salary.com) on average');
      expect(deepText(els.get('salary-card')!)).to.contain('+22%').and.to.contain('64,957');
      expect(deepText(els.get('skill-list')!)).to.contain('.NET');
      expect(deepText(els.get('job-faq')!)).to.contain(backEndDeveloper.faq[0]!.question);
      expect(deepText(els.get('job-faq-generated')!)).to.contain('Preguntas frecuentes').and.to.contain('¿Qué hace');
      expect(deepText(els.get('job-directory')!)).to.contain('57 jobs').and.to.contain('Data Scientist');
      expect(deepText(els.get('profile-document')!)).to.contain('Data Scientist').and.to.contain('$112,590');
    });

    it('opens the compact profile\'s sections and the rest of the skills with a click, no script at all', async () => {
      const { frame, doc } = await open('/ssr/page?only=profile-compact', { scripts: false });
      const profile = doc.querySelector('job-profile')!;
      const disclosures = [...profile.shadowRoot!.querySelectorAll('details')];
      expect(disclosures.length).to.be.greaterThan(3);
      const skills = profile.shadowRoot!.querySelector('skill-list')!.shadowRoot!;
      const rest = skills.querySelector('details')!;
      const faq = disclosures.at(-1)!;
      const faqPart = faq.querySelector('job-faq')!;
      for (const [details, content] of [[faq, faqPart], [rest, rest.querySelector('ul')!]] as const) {
        expect(content.checkVisibility(), 'closed').to.equal(false);
        const summary = details.querySelector('summary')!;
        summary.scrollIntoView();
        const f = frame.getBoundingClientRect();
        const r = summary.getBoundingClientRect();
        const toggled = new Promise((resolve) => details.addEventListener('toggle', resolve, { once: true }));
        await sendMouse({ type: 'click', position: [Math.round(f.left + r.left + 8), Math.round(f.top + r.top + r.height / 2)] });
        await toggled;
        expect(details.open).to.equal(true);
        expect(content.checkVisibility(), 'open').to.equal(true);
      }
      expect(deepText(faqPart)).to.contain('?');
      expect(doc.defaultView!.customElements.get('job-profile')).to.be.undefined; // no script ran
    });

    it('shows no search field or menu in the directory, which could do nothing without a script', async () => {
      const { doc } = await open('/ssr/page?only=job-directory', { scripts: false });
      const root = doc.querySelector('job-directory')!.shadowRoot!;
      for (const control of root.querySelectorAll('input, select, label')) expect(control.checkVisibility(), control.outerHTML).to.equal(false);
      expect(deepText(root.querySelector('[part="status"]')!)).to.equal('57 jobs');
      const withScript = await open('/ssr/page?only=job-directory&script=0');
      expect(withScript.doc.querySelector('job-directory')!.shadowRoot!.querySelector('input')!.checkVisibility()).to.equal(true);
    });

    it('shows a comparison as a table, and stacked by fact in a phone\'s width', async () => {
      const wide = await open('/ssr/page?only=job-compare', { scripts: false });
      const compare = wide.doc.querySelector('job-compare')!;
      const table = compare.shadowRoot!.querySelector('table')!;
      expect(wide.win.getComputedStyle(table).display).to.equal('table');
      expect([...table.querySelectorAll('th[scope="col"]')].map((th) => th.textContent!.trim())).to.deep.equal(['Data Scientist', 'Database Architect']);
      for (const fact of ['$112,590', '$135,980', '+34%', '+9%', '23,400', '4,000', 'U.S. Bureau of Labor Statistics']) expect(deepText(compare)).to.contain(fact);
      for (const frame of document.querySelectorAll('iframe')) frame.remove();
      const narrow = await open('/ssr/page?only=job-compare', { scripts: false, width: 375 });
      const root = narrow.doc.querySelector('job-compare')!.shadowRoot!;
      expect(narrow.win.getComputedStyle(root.querySelector('table')!).display).to.equal('block');
      expect(root.querySelectorAll('colgroup').length, 'one column group').to.equal(1);
      expect(root.querySelector('.who')!.checkVisibility(), 'each value under its role\'s name').to.equal(true);
      expect(root.querySelector('table')!.getBoundingClientRect().width).to.be.at.most(375);
    });

    it('is styled by the styles the snippet carries', async () => {
      const { doc, win } = await open('/ssr/page', { scripts: false });
      const card = elementsOf(doc).get('profile')!.shadowRoot!.querySelector('.card')!;
      expect(win.getComputedStyle(card).borderTopWidth).to.equal('4px');
      const dark = elementsOf(doc).get('profile-document')!.shadowRoot!.querySelector('.card')!;
      expect(win.getComputedStyle(dark).backgroundColor).to.equal('rgb(17, 24, 39)');
      const badge = elementsOf(doc).get('badge')!;
      expect(win.getComputedStyle(badge).display).to.equal('inline');
    });
  });

  describe('taken over by the script', () => {
    it('keeps the prerendered text on screen: no loading state, no change of text, nothing moves', async () => {
      const { doc, win } = await open('/ssr/page?script=0');
      const els = elementsOf(doc);
      const textBefore = new Map([...els].map(([name, el]) => [name, textNodes(el)]));
      const layoutBefore = layoutOf(doc);
      // Anything that shows a loading placeholder, anywhere in the cards, from the script's first line on.
      const loadingSeen: string[] = [];
      const observer = new win.MutationObserver((records) => {
        for (const record of records) {
          for (const node of record.addedNodes) {
            if (node.nodeType === Node.ELEMENT_NODE && ((node as Element).matches('[part="loading"], .loading') || (node as Element).querySelector('[part="loading"]'))) {
              loadingSeen.push(((record.target as ShadowRoot).host ?? record.target).localName);
            }
          }
        }
      });
      for (const el of deepAll(doc)) if (el.shadowRoot) observer.observe(el.shadowRoot, { childList: true, subtree: true });
      const states: string[] = [];
      // Chromium reports layout shifts (Firefox has no Layout Instability API: there the layout check below counts).
      const shifts: number[] = [];
      if ('LayoutShift' in win) {
        new win.PerformanceObserver((list) => list.getEntries().forEach((e) => shifts.push((e as unknown as { value: number }).value))).observe({
          type: 'layout-shift',
          buffered: true,
        });
      }
      const stateObserver = new win.MutationObserver((records) => records.forEach((r) => states.push((r.target as Element).getAttribute('state')!)));
      for (const el of els.values()) stateObserver.observe(el, { attributes: true, attributeFilter: ['state'] });

      // Every frame until the takeover is done, where the text after each element is (chunks arrive late,
      // so a frame in between shows whatever the elements look like while their code is on the way).
      const frames = new Set<string>();
      let sampling = true;
      const sample = () => {
        frames.add(layoutOf(doc).join('\n'));
        if (sampling) win.requestAnimationFrame(sample);
      };
      win.requestAnimationFrame(sample);

      await addScript(doc, win, { src: `${slowCdn()}job-widgets.js` });
      sampling = false;

      expect([...frames]).to.deep.equal([layoutBefore.join('\n')]);
      expect(loadingSeen).to.deep.equal([]);
      expect(shifts).to.deep.equal([]);
      expect(states.filter((s) => s !== 'ready')).to.deep.equal([]);
      expect(layoutOf(doc)).to.deep.equal(layoutBefore);
      for (const [name, el] of els) {
        expect(el.getAttribute('state'), name).to.equal('ready');
        expect(textNodes(el), name).to.deep.equal(textBefore.get(name));
        // The element renders its own card now: the snippet's nodes (and its <style>) are gone.
        expect(el.shadowRoot!.querySelectorAll('style').length, name).to.equal(0);
        expect((el as unknown as { profile?: unknown }).profile, name).to.exist;
      }
    });

    it('takes a comparison over at a phone\'s width without moving it, and loads each role once', async () => {
      const { doc, win } = await open('/ssr/page?script=0&only=job-compare', { width: 375 });
      const el = doc.querySelector('job-compare')!;
      const before = textNodes(el);
      const layout = layoutOf(doc);
      const box = el.getBoundingClientRect().toJSON();
      await addScript(doc, win, { src: `${slowCdn()}job-widgets.js` });
      expect(el.shadowRoot!.querySelectorAll('style').length, 'the element renders its own').to.equal(0);
      expect(textNodes(el)).to.deep.equal(before);
      expect(layoutOf(doc)).to.deep.equal(layout);
      expect(el.getBoundingClientRect().toJSON()).to.deep.equal(box);
      // One column group, the facts' column (the built template once wrapped each role's <col> in a colgroup of its own).
      expect([...el.shadowRoot!.querySelectorAll('colgroup')].map((g) => g.children.length)).to.deep.equal([1]);
      const requests = requestedPaths(undefined, win);
      expect(requests.filter((p) => /\/roles\/(data-scientist|database-architect)-/.test(p))).to.have.length(2);
    });

    it('keeps the disclosures a reader opened before the takeover open', async () => {
      const { doc, win } = await open('/ssr/page?script=0&only=profile-compact');
      const profile = doc.querySelector('job-profile')!;
      const sections = () => [...profile.shadowRoot!.querySelectorAll('details')];
      const skills = () => profile.shadowRoot!.querySelector('skill-list')!.shadowRoot!.querySelector('details')!;
      const prerendered = sections();
      prerendered[1]!.open = true;
      prerendered.at(-1)!.open = true;
      skills().open = true;
      const question = () => prerendered.at(-1)!.querySelector('job-faq')!.shadowRoot!.querySelectorAll('details')[1]!;
      question().open = true;
      await addScript(doc, win);
      expect(sections()[1], 'a new render').not.to.equal(prerendered[1]);
      expect(sections().map((d) => d.open)).to.deep.equal(prerendered.map((_, i) => i === 1 || i === prerendered.length - 1));
      expect(skills().open, "the skill list's rest").to.equal(true);
      const questions = [...sections().at(-1)!.querySelector('job-faq')!.shadowRoot!.querySelectorAll('details')].map((d) => d.open);
      expect(questions.slice(0, 3), 'the FAQ question opened').to.deep.equal([false, true, false]);
    });

    it('fetches no role data the snippet carries inline, and one chunk for a bundled role', async () => {
      const { doc, win } = await open('/ssr/page?script=0');
      await addScript(doc, win);
      const requests = requestedPaths(undefined, win);
      expect(requests.filter((p) => p.startsWith('/api/'))).to.deep.equal([]);
      expect(requests.filter((p) => p.includes('/roles/back-end-developer-'))).to.have.length(1);
      expect(requests.filter((p) => p.includes('/roles/data-scientist-'))).to.have.length(1); // the generated FAQ's role, by id
    });

    it('keeps the prerendered card, ready, when its role cannot be loaded (the error goes to the event)', async () => {
      const { doc, win } = await open('/ssr/page?script=0&only=skill-list');
      const el = doc.querySelector('skill-list')!;
      const before = textNodes(el);
      // The test server's broken CDN serves the script but no role chunk, as when the visitor goes offline.
      const warnings: unknown[][] = [];
      win.console.warn = (...args: unknown[]) => warnings.push(args);
      await addScript(doc, win, { src: `${CDN_WITHOUT_ROLES}job-widgets.js`, event: 'job-error' });
      expect(warnings).to.have.length(1);
      // What it shows is still right: it stays `ready` (a page hiding [state="error"] keeps it).
      expect(el.getAttribute('state')).to.equal('ready');
      expect(textNodes(el)).to.deep.equal(before);
      expect(el.shadowRoot!.querySelectorAll('[part="error"]').length).to.equal(0);
    });

    it('shows the error, not the old card, when the page then gives it a source that fails', async () => {
      const { doc, win } = await open('/ssr/page?script=0&only=skill-list');
      await addScript(doc, win);
      const el = doc.querySelector('skill-list')! as HTMLElement & { updateComplete: Promise<unknown> };
      win.console.warn = () => undefined;
      const failed = new Promise((resolve) => el.addEventListener('job-error', resolve, { once: true }));
      el.setAttribute('job', 'no-such-role');
      await failed;
      expect(el.getAttribute('state')).to.equal('error');
      expect(el.shadowRoot!.querySelector('[part="error"]')).to.exist;
      expect(deepText(el)).not.to.contain('.NET');
    });

    it('then behaves as a live element: attributes re-render, the directory searches', async () => {
      const { doc, win } = await open('/ssr/page?script=0');
      await addScript(doc, win);
      const els = elementsOf(doc);
      const outlook = els.get('job-outlook')! as HTMLElement & { updateComplete: Promise<unknown> };
      outlook.setAttribute('heading-level', '4');
      outlook.setAttribute('theme', 'dark');
      await outlook.updateComplete;
      expect(outlook.shadowRoot!.querySelector('h4')).to.exist;
      expect(win.getComputedStyle(outlook.shadowRoot!.querySelector('.card')!).backgroundColor).to.equal('rgb(17, 24, 39)');
      const directory = els.get('job-directory')! as HTMLElement & { updateComplete: Promise<unknown> };
      const input = directory.shadowRoot!.querySelector('input')!;
      input.value = 'architect';
      input.dispatchEvent(new win.Event('input'));
      await directory.updateComplete;
      // The five architects by title, then five roles whose skills say "architecture".
      expect(deepText(directory.shadowRoot!.querySelector('[part="status"]')!)).to.equal('10 of 57 jobs match.');
    });
  });

  describe('on a page with a strict Content-Security-Policy', () => {
    const STYLES = '/dist/styles/';

    it('with stylesheets linked from dist/styles: styled without JavaScript, no violation with it', async () => {
      const off = await open(`/ssr/page?csp=1&stylesheets=${STYLES}`, { scripts: false });
      const card = elementsOf(off.doc).get('profile')!.shadowRoot!.querySelector('.card')!;
      expect(off.win.getComputedStyle(card).borderTopWidth).to.equal('4px');
      expect(deepAll(off.doc).filter((e) => e.localName === 'style')).to.deep.equal([]);

      const { doc, win } = await open(`/ssr/page?csp=1&stylesheets=${STYLES}&script=0`);
      await addScript(doc, win);
      expect((win as unknown as { violations: string[] }).violations).to.deep.equal([]);
      const live = elementsOf(doc).get('profile')!.shadowRoot!.querySelector('.card')!;
      expect(win.getComputedStyle(live).borderTopWidth).to.equal('4px');
    });

    it('with inline <style> (the default snippet) the policy blocks the styles: the reason for stylesheets', async () => {
      const { doc, win } = await open('/ssr/page?csp=1&script=0');
      const card = elementsOf(doc).get('profile')!.shadowRoot!.querySelector('.card')!;
      expect(win.getComputedStyle(card).borderTopWidth).not.to.equal('4px');
      await waitUntil(() => (win as unknown as { violations: string[] }).violations.length > 0, 'no violation was reported');
      expect((win as unknown as { violations: string[] }).violations[0]).to.match(/^style-src/);
    });
  });
});
