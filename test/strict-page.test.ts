/**
 * A strict page: `default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none';
 * base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html` (test/server.js,
 * /ssr/strict), with every element from every source it takes (a bundled id, src, inline JSON), and
 * the directory, a badge and a Spanish dark profile. Nothing may be blocked and nothing may fail.
 * (Chromium and Firefox ESR 140 both enforce all of it, Trusted Types included.)
 *
 * The same page with a policy named lit-html made before our script loads, as another Lit on the page
 * does (/ssr/strict-lit-policy): with 'allow-duplicates' it renders the same; without it our Lit cannot
 * make its policy, the script fails as it loads and nothing is defined.
 */
import { loadFrame, SETTLE } from './helpers.js';
import { expect, waitUntil } from '@open-wc/testing';

type StrictWindow = Window &
  typeof globalThis & { violations: string[]; errors: string[]; hostPolicy?: unknown; TrustedTypePolicy: abstract new () => unknown };

async function open(src: string) {
  const frame = await loadFrame(src, 1024, 800);
  return { frame, win: frame.contentWindow as StrictWindow, doc: frame.contentDocument! };
}

afterEach(() => {
  for (const frame of document.querySelectorAll('iframe')) frame.remove();
});

/** Every element of the strict page became ready and rendered, with no violation and no error. */
async function expectEverythingRendered({ win, doc }: { win: StrictWindow; doc: Document }) {
  const elements = [...doc.querySelectorAll('body > div > *')];
  expect(elements.length).to.equal(34);
  // (An error ends the wait: a script that failed to load makes nothing ready.)
  const settled = () => win.errors.length > 0 || elements.every((el) => el.getAttribute('state') === 'ready');
  await waitUntil(settled, 'not every element became ready', SETTLE).catch(() => undefined);
  expect(win.errors).to.deep.equal([]);
  const notReady = elements.filter((el) => el.getAttribute('state') !== 'ready').map((el) => `${el.localName} ${el.getAttribute('state')}`);
  expect(notReady).to.deep.equal([]);
  // Everything rendered: each element has content in its shadow root (the directory its list).
  for (const el of elements) expect(el.shadowRoot?.children.length, el.outerHTML.slice(0, 60)).to.be.greaterThan(0);
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(win.violations).to.deep.equal([]);
  expect(win.errors).to.deep.equal([]);
}

describe('a page with a strict Content-Security-Policy and Trusted Types', () => {
  it('renders every element from every source with no violation and no error', async () => {
    await expectEverythingRendered(await open('/ssr/strict'));
  });
});

describe('a strict page whose other Lit made the lit-html policy first', () => {
  it("with trusted-types lit-html 'allow-duplicates': every element defines and renders, no violation", async () => {
    const page = await open('/ssr/strict-lit-policy?allow-duplicates=1');
    // The page's own lit-html policy was made before ours (both browsers here enforce Trusted Types).
    expect(page.win.hostPolicy).to.be.an.instanceOf(page.win.TrustedTypePolicy);
    await expectEverythingRendered(page);
  });

  it("without 'allow-duplicates': our script fails to load (it cannot make its policy) and defines nothing", async () => {
    const page = await open('/ssr/strict-lit-policy?allow-duplicates=0');
    expect(page.win.hostPolicy).to.be.an.instanceOf(page.win.TrustedTypePolicy);
    // The module throws while it evaluates (createPolicy('lit-html') refused), and the refusal is reported.
    const refused = () => page.win.errors.some((e) => /createPolicy|lit-html/.test(e)) && page.win.violations.some((v) => v.startsWith('trusted-types'));
    await waitUntil(refused, 'the script was not refused', SETTLE);
    for (const tag of ['job-profile', 'salary-card', 'job-directory']) expect(page.win.customElements.get(tag), tag).to.equal(undefined);
  });
});
