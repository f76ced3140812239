/**
 * `src` on a page whose Content-Security-Policy forbids the fetch (`connect-src 'none'`, served by the
 * test server): the browser refuses every attempt, so the element fails at once with kind `blocked`
 * instead of retrying. Each blocked attempt raises one violation event, which counts the attempts.
 * Loads the built module (run after `npm run build`).
 */
import { expect } from '@open-wc/testing';
import type { JobErrorEvent } from '../src/core/events.js';

describe('<job-profile src> on a page whose CSP forbids fetching it', () => {
  it('fails at once with kind blocked, after one attempt', async () => {
    const frame = document.createElement('iframe');
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/loading/page?csp=connect';
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as Window & typeof globalThis;
    const doc = frame.contentDocument!;
    const violations: string[] = [];
    doc.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.effectiveDirective} ${e.blockedURI}`));
    const warnings: unknown[] = [];
    win.console.warn = (...args: unknown[]) => warnings.push(args);
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = '/dist/job-widgets.js';
    doc.head.append(script);
    await win.customElements.whenDefined('job-profile');

    const key = crypto.randomUUID();
    const el = doc.createElement('job-profile');
    el.setAttribute('src', `/api/role/${key}`);
    const failed = new Promise<JobErrorEvent>((resolve) => el.addEventListener('job-error', (e) => resolve(e as JobErrorEvent)));
    doc.body.append(el);
    const { error } = (await failed).detail;
    expect(error.kind).to.equal('blocked');
    expect(error.message).to.equal(`The page's Content-Security-Policy (connect-src) does not allow fetching ${location.origin}/api/role/${key}.`);
    expect(warnings).to.have.length(1);
    expect(violations).to.deep.equal([`connect-src ${location.origin}/api/role/${key}`]);
    const { requests } = (await (await fetch(`/api/stats/${key}`)).json()) as { requests: number };
    expect(requests).to.equal(0);
    frame.remove();
  });
});
