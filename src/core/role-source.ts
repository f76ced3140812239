import { ContextConsumer } from '@lit/context';
import { isServer, type LitElement, type ReactiveController } from 'lit';
import type { Labels } from '../i18n/en.js';
import { englishErrors, labelLanguage, loadLabels, withOverrides } from '../i18n/labels.js';
import type { ElementView, ViewClass } from './element-view.js';
import { roleContext, type LoadState, type SharedRole } from './context.js';
import { JobErrorEvent, JobLoadEvent, type JobWidgetError } from './events.js';
import { parseJson } from './json.js';
import { failure, loadRemote, preloadValidator, type Outcome, type Validate } from './load.js';
import { serverShared } from './server.js';

/**
 * Where the role comes from. Highest first: `data` > inline JSON > `src` > `job`; an element with
 * none of them shows what the provider around it shares.
 */
export type Source =
  | { kind: 'data'; key: unknown }
  | { kind: 'inline'; key: string }
  | { kind: 'src'; key: string }
  | { kind: 'job'; key: string }
  | { kind: 'provided'; key: SharedRole }
  | { kind: 'none'; key?: undefined };

const INLINE_JSON = ':scope > script[type="application/json"]';

/**
 * What the controller reads and writes of its element: the public properties a source comes from, the
 * state it shows, and the element's protected steps (see `RoleElement`: subclasses override them), which
 * the element hands over by passing itself as this type.
 */
export interface SourceHost<T> extends LitElement {
  data?: unknown;
  src?: string | undefined;
  job?: string | undefined;
  timeout: number;
  loading: 'lazy' | 'eager';
  labels?: Partial<Labels> | undefined;
  state: LoadState;
  roleData?: T | undefined;
  error?: JobWidgetError | undefined;
  readonly l: Labels;
  readonly resolvedLocale: string;
  validate: Validate<T>;
  loadJob(id: string): Promise<Outcome<T>>;
  fallback(): Promise<Outcome<T>> | undefined;
  prefetch(source: Source, language: string): Promise<unknown> | undefined;
  prepare(data: T, labels: Labels): Promise<unknown> | undefined;
}

/**
 * Picks the element's source and loads it: validates the document, keeps `state`, fires `job-load` or
 * `job-error` once per load, and never lets a late result overwrite a newer one. Waits for a lazy
 * element to near the viewport, reloads after the network comes back, stops waiting when the element
 * leaves the page, and follows inline JSON as it is added, edited or removed. A part (`consumes`) also
 * listens for the provider around it.
 */
export class RoleSource<T> implements ReactiveController {
  /** What the provider around this element shares, if there is one (parts only). */
  provided?: SharedRole | undefined;
  /** The source of the current (or last) load; a different source starts a new load. */
  #source?: Source | undefined;
  /** Incremented per load, so a late result of an earlier load never overwrites a newer one. */
  #token = 0;
  /** Stops what the current load waits for (a request, or the element coming into view). */
  #cancelWait?: (() => void) | undefined;
  /** Watches for inline JSON being added, edited or removed (browser only: created on connect). */
  #children?: MutationObserver;

  readonly #host: SourceHost<T>;
  /** The element's view: its prerendered card stays on screen while the card's own source loads (see element-view.ts). */
  readonly #view: ElementView;

  constructor(host: SourceHost<T>, view: ElementView, consumes: boolean) {
    this.#host = host;
    this.#view = view;
    if (consumes) {
      new ContextConsumer(host, {
        context: roleContext,
        subscribe: true,
        callback: (shared) => {
          this.provided = shared;
          host.requestUpdate();
        },
      });
    }
    host.addController(this);
  }

  hostConnected(): void {
    // Inline JSON may be added, edited or removed at any time; a change re-picks the source.
    // (`type` too: a script whose type becomes application/json later is inline JSON from then on.)
    this.#children ??= new MutationObserver(() => this.#host.requestUpdate());
    this.#children.observe(this.#host, { childList: true, subtree: true, characterData: true, attributeFilter: ['type'] });
    if (this.#source === undefined && this.#host.hasUpdated) this.#host.requestUpdate();
    if (this.#host.state === 'error' && this.#host.error?.kind === 'network') this.#reloadWhenOnline();
  }

  hostDisconnected(): void {
    this.#children?.disconnect();
    window.removeEventListener('online', this.#onOnline);
    // A part taken out of its provider must not keep the provider's role: reconnecting re-asks.
    this.provided = undefined;
    if (this.#source?.kind === 'provided') this.#source = undefined;
    if (this.#host.state === 'loading') {
      // Stop waiting (the request is aborted if no other element wants it); reconnecting starts over.
      this.#stop();
      this.#source = undefined;
    }
  }

  /**
   * Call from `willUpdate`: a source different from the last one starts its load. (On the server, the
   * renderer validated the document and passes it, with the locale, in `serverShared`.)
   */
  sync(): void {
    if (isServer) {
      this.provided = serverShared;
      if (serverShared) this.showProvided(serverShared);
      return;
    }
    const source = this.#pick();
    if (!this.#host.isConnected) {
      this.#source = undefined; // a removed element loads nothing; connecting again starts over
    } else if (source.kind !== this.#source?.kind || source.key !== this.#source.key) {
      this.#source = source;
      if (source.kind === 'provided') this.showProvided(source.key);
      else void this.#load(source);
    }
  }

  /** Mirrors the provider's state; the provider fired the events, so this element fires none. */
  showProvided(shared: SharedRole): void {
    this.#stop();
    this.#show(shared.state, shared.role as T | undefined, shared.error);
  }

  /** Shows `state` (unless undefined: a prerendered card stays `ready`), with the data or the error. */
  #show(state: LoadState | undefined, roleData?: T, error?: JobWidgetError): void {
    const host = this.#host;
    if (state) host.state = state;
    host.roleData = roleData;
    host.error = error;
  }

  #stop(): void {
    this.#cancelWait?.();
    this.#cancelWait = undefined;
    this.#token++;
  }

  #pick(): Source {
    const { data, src, job } = this.#host;
    if (data !== undefined && data !== null) return { kind: 'data', key: data };
    const inline = this.#host.querySelector(INLINE_JSON);
    if (inline) return { kind: 'inline', key: inline.textContent ?? '' };
    if (src?.trim()) return { kind: 'src', key: src.trim() };
    const id = job?.trim().toLowerCase(); // lenient: ids are lower-case, so "Back-End-Developer" works
    if (id) return { kind: 'job', key: id };
    return this.provided ? { kind: 'provided', key: this.provided } : { kind: 'none' };
  }

  async #load(source: Source): Promise<void> {
    this.#stop();
    const token = this.#token;
    const host = this.#host;
    // A prerendered card of this source is already showing its role: it stays `ready` while the data loads.
    this.#show(this.#view.keepsFor(source.key) ? undefined : 'loading');
    let outcome: Outcome<T>;
    try {
      const remote = source.kind === 'src' || source.kind === 'job';
      if (remote && host.loading === 'lazy' && !(await this.#nearViewport())) return;
      const language = labelLanguage(host.resolvedLocale);
      const [fetched, labels] = await Promise.all([
        this.#fetch(source, token),
        loadLabels(language),
        (host.constructor as Partial<ViewClass>).loadView?.(),
        host.prefetch(source, language)?.catch(() => undefined),
      ]);
      outcome = fetched;
      // What the first render needs besides the data (the FAQ writer), so it shows complete at once.
      if (outcome.ok && token === this.#token) {
        await Promise.resolve(host.prepare(outcome.data, withOverrides(labels, host.labels ?? this.provided?.labels))).catch(() => undefined);
      }
    } catch (cause) {
      outcome = failure('load-failed', `Loading the role failed: ${String(cause)}`);
    }
    if (token !== this.#token) return;
    this.#cancelWait = undefined;
    if (outcome.ok) {
      this.#show('ready', outcome.data);
    } else {
      const { error } = outcome;
      // The English error lines, unless the label set has this one (offline, the offline line is built in).
      if (!host.l.errors?.[error.kind]) await englishErrors.load().catch(() => undefined);
      if (token !== this.#token) return;
      // A prerendered card of this very source stays, `ready` (what it shows is right); the event
      // tells the page. For any other source the error replaces it.
      this.#show(this.#view.keepsFor(source.key) ? undefined : 'error', undefined, error);
      console.warn(`<${host.localName}>: ${error.message}${error.issues.map((i) => `\n  ${i.path || '(document)'}: ${i.message}`).join('')}`);
      if (error.kind === 'network') this.#reloadWhenOnline();
    }
    await host.updateComplete;
    if (token !== this.#token) return;
    host.dispatchEvent(outcome.ok ? new JobLoadEvent(outcome.data) : new JobErrorEvent(outcome.error));
  }

  async #fetch(source: Source, token: number): Promise<Outcome<T>> {
    const host = this.#host;
    const { validate } = host; // (the function itself: requests for one URL are shared per validator, see remote.ts)
    switch (source.kind) {
      case 'data':
        return validate(source.key);
      case 'inline': {
        const json = await parseJson(source.key);
        return json.ok ? validate(json.value) : failure('invalid-json', `Invalid inline JSON: ${json.message}.`);
      }
      case 'src': {
        preloadValidator();
        const { requestDocument } = await loadRemote(); // (which checks the URL)
        if (token !== this.#token) return failure('network', ''); // superseded: nobody will see this
        const request = requestDocument(source.key, host.timeout, validate);
        this.#cancelWait = request.cancel;
        return request.outcome;
      }
      case 'job':
        return host.loadJob(source.key);
      default:
        return (
          host.fallback() ??
          failure('no-source', 'No role data: set the "job" attribute, "src", inline JSON or the "data" property.')
        );
    }
  }

  /** Resolves true once the element is within a margin of the viewport, false if the wait is cancelled. */
  #nearViewport(): Promise<boolean> {
    return new Promise((resolve) => {
      const observer = new IntersectionObserver(
        (entries) => {
          if (!entries.some((entry) => entry.isIntersecting)) return;
          observer.disconnect();
          resolve(true);
        },
        { rootMargin: '400px' },
      );
      observer.observe(this.#host);
      this.#cancelWait = () => {
        observer.disconnect();
        resolve(false);
      };
    });
  }

  #reloadWhenOnline(): void {
    if (navigator.onLine === false) window.addEventListener('online', this.#onOnline, { once: true });
  }

  readonly #onOnline = (): void => {
    if (this.#host.state !== 'error') return;
    this.#source = undefined;
    this.#host.requestUpdate();
  };
}
