/**
 * The fallback text every snippet carries (src/ssr/fallback.ts), on the test server's blogger page
 * (/ssr/page, scripts/prerendered-page.js): the facts show where no card can, the script never loads,
 * a sanitiser (DOMPurify's defaults) drops the declarative shadow root, and they are neither shown nor
 * read twice where the card is.
 */
import DOMPurify from 'dompurify';
import { expect, waitUntil } from '@open-wc/testing';
import { SETTLE } from './helpers.js';
import { networkAdministrator } from './fixtures/roles.js';
import { TAGS as TAGS_LIST } from '../src/elements.js';

/** What each case's fallback must say: the title, the headline figure, its source. */
const FACTS: Record<string, string[]> = {
  profile: ['Back-end Developer', '$106,677', 'Salary.com'],
  'profile-document': ['Data Scientist', '$112,590'],
  'profile-compact': ['Software Engineer', '$132,270', 'U.S. Bureau of Labor Statistics'],
  'salary-card': ['Back-end Developer', '$106,677', 'Salary.com'],
  badge: ['$106,677 a year', 'Salary.com'],
  'job-outlook': ['Back-end Developer', '+22%', 'U.S. Bureau of Labor Statistics'],
  'skill-list': ['Back-end Developer', '$106,677'],
  'job-faq': ['Back-end Developer', '$106,677'],
  'job-faq-generated': ['Data Scientist', '112.590'],
  'job-activities': ['Back-end Developer', '$106,677'],
  'job-path': ['Back-end Developer', '$106,677'],
  'related-jobs': ['Back-end Developer', 'Full Stack Developer'],
  'job-directory': ['Data Scientist', '$132,270'],
  'job-card': ['Network and Computer Systems Administrator', '$90,520', 'U.S. Bureau of Labor Statistics'],
  'job-header': ['Back-end Developer', '$106,677'],
  'job-compare': ['Data Scientist', '$112,590', 'Database Architect', '$135,980', '+9%', '4,000'],
};
const TAGS = TAGS_LIST.join(', ');

/** A page in an iframe of 1024 × 2000 px, by URL or as markup; without `allow-scripts`, JavaScript is off. */
async function open(page: { src?: string; srcdoc?: string }, { scripts = true } = {}): Promise<{ doc: Document; win: Window & typeof globalThis }> {
  const frame = document.createElement('iframe');
  if (!scripts) frame.setAttribute('sandbox', 'allow-same-origin');
  frame.style.cssText = 'width: 1024px; height: 2000px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  if (page.srcdoc !== undefined) frame.srcdoc = page.srcdoc;
  else frame.src = page.src!;
  document.body.append(frame);
  await loaded;
  return { doc: frame.contentDocument!, win: frame.contentWindow as Window & typeof globalThis };
}

afterEach(() => {
  for (const frame of document.querySelectorAll('iframe')) frame.remove();
});

/** Each case's section, by name. */
const sections = (doc: Document) => new Map([...doc.querySelectorAll<HTMLElement>('[data-case]')].map((s) => [s.dataset.case!, s]));

/** Waits until every element of the page has loaded its role (`job-load`), then for two frames. */
async function loadedAll(doc: Document, win: Window): Promise<void> {
  const loaded = new Set<EventTarget>();
  doc.addEventListener('job-load', (e) => loaded.add(e.target!), true);
  await waitUntil(() => [...doc.querySelectorAll(TAGS)].every((el) => loaded.has(el) || (el as HTMLElement & { profile?: unknown }).profile), 'not every element loaded', SETTLE);
  await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
}

/** Checks that the page states each case's facts in its visible text (`innerText`: what is rendered). */
function expectFactsShown(doc: Document): void {
  const byCase = sections(doc);
  expect([...byCase.keys()]).to.deep.equal(Object.keys(FACTS));
  for (const [name, section] of byCase) {
    const text = section.innerText.replace(/\u2060/g, '');
    for (const fact of FACTS[name]!) expect(text, name).to.contain(fact);
  }
}

/** Checks that no fallback is rendered: no box, and none of its text in the page's visible text. */
function expectFallbacksHidden(doc: Document): void {
  const fallbacks = [...doc.querySelectorAll<HTMLElement>('[data-job-fallback]')];
  expect(fallbacks.length).to.equal(Object.keys(FACTS).length);
  const text = doc.body.innerText;
  for (const fallback of fallbacks) {
    const name = fallback.closest<HTMLElement>('[data-case]')!.dataset.case!;
    expect(fallback.getClientRects().length, name).to.equal(0);
    expect(fallback.checkVisibility(), name).to.equal(false);
    for (const fact of FACTS[name]!) expect(text, `${name}: ${fact}`).not.to.contain(fact);
  }
}

describe('fallback text', () => {
  it('shows the facts of every element when a sanitiser (DOMPurify, default config) cleaned the snippets', async () => {
    const page = await (await fetch('/ssr/page?script=0')).text();
    const clean = DOMPurify.sanitize(page, { WHOLE_DOCUMENT: true });
    expect(clean).not.to.contain('shadowrootmode'); // what makes the sanitised page need the fallback
    const { doc } = await open({ srcdoc: clean }, { scripts: false });
    expectFactsShown(doc);
    const links = [...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).to.include(networkAdministrator.salary.source.url); // the figure's source, a link as in the card
    expect(links).to.include('/careers/network-administrator'); // the card's own link, as job-href gives it
  });

  it('shows the facts of every script-tag snippet on a page whose script never loads', async () => {
    const { doc } = await open({ src: '/ssr/page?mode=client&fallback=1&script=0' });
    expectFactsShown(doc);
  });

  it('is neither shown nor in the page text once the elements render (script-tag snippets)', async () => {
    const { doc, win } = await open({ src: '/ssr/page?mode=client&fallback=1' });
    await loadedAll(doc, win);
    expectFallbacksHidden(doc);
  });

  it('is neither shown nor in the page text beside a declarative shadow root, with the script or without', async () => {
    const off = await open({ src: '/ssr/page?script=0' }, { scripts: false });
    expectFallbacksHidden(off.doc);
    for (const frame of document.querySelectorAll('iframe')) frame.remove();
    const { doc, win } = await open({ src: '/ssr/page' });
    await loadedAll(doc, win);
    expectFallbacksHidden(doc);
  });
});
