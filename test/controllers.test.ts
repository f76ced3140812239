/**
 * The base element's controllers on their own: RoleSource (picking and loading the source), LabelSet
 * (label sets by language, with overrides) and ElementView (the shadow root, its styles and the view
 * chunk), each on a small element of the test's own rather than on one of ours.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { css, LitElement, type CSSResult, type PropertyValues } from 'lit';
import { en, type Labels } from '../src/i18n/en.js';
import { ElementView } from '../src/core/element-view.js';
import { LabelSet } from '../src/core/label-set.js';
import { RoleSource, type SourceHost } from '../src/core/role-source.js';
import { failure, type Outcome } from '../src/core/outcome.js';
import type { JobErrorEvent, JobLoadEvent } from '../src/core/events.js';
import { SETTLE } from './helpers.js';

type Doc = { name: string };

/** A deferred promise: the test decides when (and in which order) loads finish. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** An element that uses RoleSource as RoleElement does, with steps the test controls. */
class SourceTestElement extends LitElement implements SourceHost<Doc> {
  static override properties = { data: { attribute: false }, src: {}, job: {}, state: { reflect: true }, roleData: { state: true }, error: { state: true } };
  data?: unknown;
  src?: string;
  job?: string;
  timeout = 5_000;
  loading: 'lazy' | 'eager' = 'eager';
  labels?: Partial<Labels>;
  state: 'loading' | 'ready' | 'error' = 'loading';
  roleData?: Doc;
  error?: SourceHost<Doc>['error'];
  readonly l = en;
  readonly resolvedLocale = 'en-US';
  /** Bundled "jobs": each load waits for the test to resolve it. */
  jobs = new Map<string, ReturnType<typeof deferred<Outcome<Doc>>>>();
  validate = async (json: unknown): Promise<Outcome<Doc>> =>
    typeof (json as Doc)?.name === 'string' ? { ok: true, data: json as Doc } : failure('invalid-data', 'Invalid test document.');
  loadJob(id: string) {
    const job = deferred<Outcome<Doc>>();
    this.jobs.set(id, job);
    return job.promise;
  }
  fallback() {
    return undefined;
  }
  prefetch() {
    return undefined;
  }
  prepare() {
    return undefined;
  }
  readonly view = new ElementView(this, SourceTestElement as unknown as typeof LitElement);
  readonly source = new RoleSource<Doc>(this, this.view, false);
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.source.sync();
  }
  protected override render() {
    return html`<p>${this.state}: ${this.roleData?.name ?? this.error?.kind ?? ''}</p>`;
  }
}
customElements.define('source-test-element', SourceTestElement);

const events = (el: Element) => {
  const seen: string[] = [];
  el.addEventListener('job-load', (e) => seen.push(`load ${(e as JobLoadEvent).detail.data && ((e as JobLoadEvent).detail.data as unknown as Doc).name}`));
  el.addEventListener('job-error', (e) => seen.push(`error ${(e as JobErrorEvent).detail.error.kind}`));
  return seen;
};

describe('RoleSource', () => {
  it('validates `data`, shows it and fires job-load once; invalid data fires job-error', async () => {
    const el = document.createElement('source-test-element') as SourceTestElement;
    const seen = events(el);
    el.data = { name: 'Tester' };
    document.body.append(el);
    await oneEvent(el, 'job-load');
    expect([el.state, el.roleData?.name, seen]).to.deep.equal(['ready', 'Tester', ['load Tester']]);
    el.data = { name: 42 };
    await oneEvent(el, 'job-error');
    expect([el.state, el.error?.kind, el.roleData]).to.deep.equal(['error', 'invalid-data', undefined]);
    el.remove();
  });

  it('never lets a late result of an earlier source overwrite a newer one', async () => {
    const el = await fixture<SourceTestElement>(html`<source-test-element job="first"></source-test-element>`);
    const seen = events(el);
    await waitUntil(() => el.jobs.has('first'), 'first load not started', SETTLE);
    el.job = 'second';
    await waitUntil(() => el.jobs.has('second'), 'second load not started', SETTLE);
    el.jobs.get('second')!.resolve({ ok: true, data: { name: 'Second' } });
    await oneEvent(el, 'job-load');
    el.jobs.get('first')!.resolve({ ok: true, data: { name: 'First' } });
    // (One task later, every promise reaction of the first load has run: nothing here waits on time.)
    await new Promise((resolve) => setTimeout(resolve, 0));
    await el.updateComplete;
    expect([el.roleData?.name, seen]).to.deep.equal(['Second', ['load Second']]);
  });

  it('follows inline JSON as it is added and edited, and prefers it to `job`', async () => {
    const el = await fixture<SourceTestElement>(html`<source-test-element job="never"></source-test-element>`);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = '{"name":"Inline"}';
    el.append(script);
    await oneEvent(el, 'job-load');
    expect(el.roleData?.name).to.equal('Inline');
    script.textContent = '{"name":"Edited"}';
    await oneEvent(el, 'job-load');
    expect(el.roleData?.name).to.equal('Edited');
  });

  it('stops a load when the element leaves the page, and starts over when it comes back', async () => {
    const el = await fixture<SourceTestElement>(html`<source-test-element job="slow"></source-test-element>`);
    const seen = events(el);
    await waitUntil(() => el.jobs.has('slow'), 'load not started', SETTLE);
    const first = el.jobs.get('slow')!;
    const parent = el.parentElement!;
    el.remove();
    first.resolve({ ok: true, data: { name: 'Too late' } });
    await first.promise;
    parent.append(el);
    await waitUntil(() => el.jobs.get('slow') !== first, 'no new load after reconnecting', SETTLE);
    el.jobs.get('slow')!.resolve({ ok: true, data: { name: 'Again' } });
    await oneEvent(el, 'job-load');
    expect(seen).to.deep.equal(['load Again']);
  });
});

describe('LabelSet', () => {
  it('uses English until a language’s set has loaded, then asks its host to render again', async () => {
    let updates = 0;
    const labels = new LabelSet({ requestUpdate: () => updates++ } as never);
    labels.use('es', true);
    expect(labels.with(undefined).lang).to.equal('en');
    await waitUntil(() => updates > 0, 'no update once Spanish loaded', SETTLE);
    labels.use('es', true);
    expect(labels.with(undefined).lang).to.equal('es');
  });

  it('puts overrides on top, merging once per change of set or overrides', () => {
    const labels = new LabelSet({ requestUpdate: () => undefined } as never);
    labels.use('en', true);
    const overrides = { skills: 'What to learn' };
    const merged = labels.with(overrides);
    expect([merged.skills, merged.faq]).to.deep.equal(['What to learn', en.faq]);
    expect(labels.with(overrides)).to.equal(merged);
    expect(labels.with({ ...overrides })).not.to.equal(merged);
  });
});

describe('ElementView', () => {
  const sheet: CSSResult = css`p { color: rgb(1, 2, 3); }`;
  const viewSheet: CSSResult = css`p { font-style: italic; }`;

  it('adopts the element’s styles, then the view chunk’s once loaded; a failed chunk becomes the view’s error', async () => {
    let loaded = false;
    let fail = false;
    class ViewTestElement extends LitElement {
      static override styles = sheet;
      static loadView = () => (fail ? Promise.reject(new Error('chunk gone')) : Promise.resolve((loaded = true)));
      static viewStyles = () => (loaded ? viewSheet : undefined);
      state = 'ready';
      profile = {};
      readonly view = new ElementView(this, ViewTestElement);
      protected override createRenderRoot() {
        return this.view.root();
      }
      protected override render() {
        return html`<p>View</p>`;
      }
    }
    customElements.define('view-test-element', ViewTestElement);
    const el = await fixture<ViewTestElement>(html`<view-test-element></view-test-element>`);
    await waitUntil(() => el.shadowRoot!.adoptedStyleSheets.length === 2, 'view styles not adopted', SETTLE);
    const p = el.shadowRoot!.querySelector('p')!;
    expect([getComputedStyle(p).color, getComputedStyle(p).fontStyle]).to.deep.equal(['rgb(1, 2, 3)', 'italic']);
    expect(el.view.error).to.equal(undefined);

    fail = true;
    const other = document.createElement('view-test-element') as ViewTestElement;
    document.body.append(other);
    await waitUntil(() => other.view.error, 'no error for a failed view chunk', SETTLE);
    expect(other.view.error!.kind).to.equal('load-failed');
    expect(other.view.error!.message).to.contain('chunk gone');
    other.remove();
  });
});

describe('RoleElement defaults', () => {
  it('waits DEFAULT_TIMEOUT_MS for `src` unless told otherwise (the API docs show the number written out)', async () => {
    const { DEFAULT_TIMEOUT_MS } = await import('../src/core/converters.js');
    await import('../src/salary-card/salary-card.js');
    expect((document.createElement('salary-card') as unknown as { timeout: number }).timeout).to.equal(DEFAULT_TIMEOUT_MS);
  });
});
