/**
 * A strict page: `default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none';
 * base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html` (test/server.js,
 * /ssr/strict), with every element from every source it takes (a bundled id, src, inline JSON), and
 * the directory, a badge and a Spanish dark profile. Nothing may be blocked and nothing may fail.
 * (Chromium enforces all of it; Firefox enforces the CSP and whatever it supports of Trusted Types.)
 */
import { expect, waitUntil } from '@open-wc/testing';

describe('a page with a strict Content-Security-Policy and Trusted Types', () => {
  it('renders every element from every source with no violation and no error', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 1024px; height: 800px; border: 0';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/ssr/strict';
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as Window & { violations: string[]; errors: string[] };
    const doc = frame.contentDocument!;
    const elements = [...doc.querySelectorAll('body > div > *')];
    expect(elements.length).to.equal(34);
    await waitUntil(() => elements.every((el) => el.getAttribute('state') === 'ready'), 'not every element became ready', { timeout: 10000 }).catch(() => undefined);
    const notReady = elements.filter((el) => el.getAttribute('state') !== 'ready').map((el) => `${el.localName} ${el.getAttribute('state')}`);
    expect(notReady).to.deep.equal([]);
    // Everything rendered: each element has content in its shadow root (the directory its list).
    for (const el of elements) expect(el.shadowRoot?.children.length, el.outerHTML.slice(0, 60)).to.be.greaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(win.violations).to.deep.equal([]);
    expect(win.errors).to.deep.equal([]);
    frame.remove();
  });
});
