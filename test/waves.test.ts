/**
 * Round trips (the built dist/job-widgets.js, served from a slowed CDN path: every chunk answers 250 ms
 * late, at URLs of their own per page, so nothing comes from the cache). Everything an element needs is requested in one wave after the main module with bundled data,
 * in two with `src` (the code, then the document); a page with bundled roles only never loads the
 * validator.
 */
import { SETTLE } from './helpers.js';
import { expect, waitUntil } from '@open-wc/testing';
import { slowCdn } from './fixtures/cdn.js';

/** The main module at a URL of its own per page, so no chunk comes from the cache. */
const mainUrl = () => `${slowCdn(crypto.randomUUID())}job-widgets.js`;

interface Loaded {
  /** Wave after the main module of every request made after it (1 = requested when the main module arrived). */
  waves: Map<string, number>;
  names: string[];
}

/** A page with `markup` and the script; resolves once every element in it fired job-load. */
async function load(markup: string, count: number): Promise<Loaded> {
  const MAIN = mainUrl();
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px; border: 0';
  frame.srcdoc = `<!doctype html><html lang="en"><body>${markup}<script type="module" src="${MAIN}"></script></body></html>`;
  const loaded = new Promise<Window>((resolve) => frame.addEventListener('load', () => resolve(frame.contentWindow!), { once: true }));
  document.body.append(frame);
  const win = await loaded;
  let fired = 0;
  win.document.addEventListener('job-load', () => fired++, true);
  win.document.addEventListener('job-error', (e) => console.error('job-error', (e as CustomEvent).detail.error.message), true);
  await waitUntil(() => fired >= count || win.document.querySelectorAll('[state="ready"]').length >= count, 'not every element loaded', SETTLE);
  await new Promise((resolve) => setTimeout(resolve, 50));
  const entries = (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => !e.name.endsWith('favicon.ico'));
  const main = entries.find((e) => new URL(e.name).pathname === MAIN)!;
  const wave = new Map<PerformanceResourceTiming, number>([[main, 0]]);
  for (const e of entries.filter((x) => x !== main).sort((a, b) => a.startTime - b.startTime)) {
    let w = 0;
    for (const [before, n] of wave) if (before.responseEnd <= e.startTime + 1) w = Math.max(w, n + 1);
    wave.set(e, w);
  }
  wave.delete(main);
  const name = (e: PerformanceResourceTiming) => new URL(e.name).pathname.replace(/^.*\//, '').replace(/-[\w-]{8}\.js$/, '');
  frame.remove();
  return { waves: new Map([...wave].map(([e, n]) => [name(e), n])), names: [...wave.keys()].map(name) };
}

const maxWave = (l: Loaded) => Math.max(0, ...l.waves.values());
const show = (l: Loaded) => [...l.waves].map(([n, w]) => `${w}:${n}`).join(' ');

describe('round trips', () => {
  const BUNDLED: [string, string, number][] = [
    ['a whole profile', '<job-profile job="back-end-developer"></job-profile>', 1],
    ['a profile whose FAQ is written from the data', '<job-profile job="data-scientist"></job-profile>', 1],
    ['a generated FAQ in Spanish', '<job-faq job="data-scientist" lang="es"></job-faq>', 1],
    ['a badge', '<p>Earns <salary-card job="qa-engineer" variant="badge"></salary-card>.</p>', 1],
    ['a skill list', '<skill-list job="network-architect"></skill-list>', 1],
    ['a card', '<job-card job="network-administrator"></job-card>', 1],
    ['the directory', '<job-directory></job-directory>', 1],
    ['a grid of three cards', '<job-card job="qa-engineer"></job-card><job-card job="data-scientist"></job-card><job-card job="network-architect"></job-card>', 3],
  ];
  for (const [what, markup, count] of BUNDLED) {
    it(`needs one wave after the main module for ${what}, and no validator`, async () => {
      const loaded = await load(markup, count);
      expect(maxWave(loaded), show(loaded)).to.equal(1);
      expect(loaded.names.filter((n) => n.startsWith('validate')), show(loaded)).to.deep.equal([]);
    });
  }

  it('needs two waves with src (the code, then the document), the FAQ writer among the code', async () => {
    const loaded = await load('<job-faq src="/api/bundled/data-scientist?delay=250"></job-faq>', 1);
    expect(maxWave(loaded), show(loaded)).to.equal(2);
    expect(loaded.waves.get('data-scientist'), show(loaded)).to.equal(2);
    for (const code of ['remote', 'validate', 'generate', 'en']) expect(loaded.waves.get(code), `${code} in ${show(loaded)}`).to.equal(1);
  });

  it('needs two waves with src for a whole profile in Spanish', async () => {
    const loaded = await load('<job-profile lang="es" src="/api/bundled/computer-systems-analyst?delay=250"></job-profile>', 1);
    expect(maxWave(loaded), show(loaded)).to.equal(2);
  });
});
