/**
 * JSON documents (roles, role indexes) from a URL: one request and one validation per URL per page, shared by every element that
 * asks for it, with a size cap, per-element timeouts, retries of transient failures and abort when the
 * last element stops waiting. In the script-tag build this is its own chunk, loaded by the first
 * element with a `src`: pages that show only bundled roles never download it.
 */
import { failure, type Outcome, type Validate } from './outcome.js';
import { parseJson } from './json.js';

/** Bodies larger than this are refused while streaming, without reading the rest. */
export const MAX_BYTES = 256 * 1024;
/** How many finished documents per kind stay cached (one request per URL, up to this many URLs). */
const MAX_CACHED = 32;
/** Network errors, 5xx and 429 are retried at most this many times. */
export const MAX_RETRIES = 2;
const BASE_BACKOFF_MS = 400;
const MAX_RETRY_AFTER_MS = 30_000;

interface Shared {
  outcome: Promise<Outcome<unknown>>;
  controller: AbortController;
  waiters: number;
  settled: boolean;
}

/** Requests under way or done, per validator, by URL. */
const requestsFor = new WeakMap<Validate<unknown>, Map<string, Shared>>();

export interface DocumentRequest<T> {
  outcome: Promise<Outcome<T>>;
  /** Stops waiting; aborts the request when no other element still waits for it. */
  cancel(): void;
}

/**
 * Waits for the JSON document at `src` (resolved against the page), validated by `validate`, sharing
 * the request and the validation with every other waiter for the same URL and validator. A `src` that
 * is not an http(s) URL, or that has a user name or password in it, is refused at once (`invalid-src`).
 */
export function requestDocument<T>(src: string, timeoutMs: number, validate: Validate<T>): DocumentRequest<T> {
  const parsed = parseSrc(src);
  if (!parsed.ok) return { outcome: Promise.resolve(parsed), cancel: () => undefined };
  const url = parsed.data;
  let requests = requestsFor.get(validate);
  if (!requests) requestsFor.set(validate, (requests = new Map()));
  const key = url;
  let shared = requests.get(key);
  if (!shared) {
    const controller = new AbortController();
    const entry: Shared = { controller, waiters: 0, settled: false, outcome: fetchDocument(url, controller.signal, validate) };
    void entry.outcome.then((outcome) => {
      entry.settled = true;
      // Failures are forgotten, so a later element (or the `online` event) can try again.
      if (!outcome.ok && requests.get(key) === entry) requests.delete(key);
    });
    requests.set(key, (shared = entry));
    trim(requests);
  }
  const entry = shared;
  entry.waiters++;
  let stop: (outcome: Outcome<T>) => void = () => undefined;
  const outcome = new Promise<Outcome<T>>((resolve) => {
    const timer = setTimeout(() => stop(failure('timeout', `No complete answer from ${url} within ${timeoutMs} ms.`)), timeoutMs);
    let done = false;
    stop = (result) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      if (--entry.waiters === 0 && !entry.settled) {
        entry.controller.abort();
        if (requests.get(key) === entry) requests.delete(key);
      }
      // A burst of more URLs than the cache holds: the bound holds again as soon as each one settles.
      trim(requests);
      resolve(result);
    };
    void entry.outcome.then((result) => stop(result as Outcome<T>));
  });
  return { outcome, cancel: () => stop(failure('network', `Stopped waiting for ${url}.`)) };
}

/** Keeps the page's memory bounded: forgets the oldest finished documents that nobody waits for, past MAX_CACHED. */
function trim(requests: Map<string, Shared>): void {
  for (const [key, entry] of requests) {
    if (requests.size <= MAX_CACHED) break;
    if (entry.settled && entry.waiters === 0) requests.delete(key);
  }
}

/**
 * `src` as an absolute http(s) URL. One with a user name or password is refused rather than sent (fetch
 * would refuse it too), and no message repeats it: errors end up in consoles and logs.
 */
function parseSrc(src: string): Outcome<string> {
  let url: URL | undefined;
  try {
    url = new URL(src, document.baseURI);
  } catch {
    url = undefined;
  }
  if (url && (url.username || url.password)) {
    return failure('invalid-src', `The src (${url.origin}/…) has a user name or password in it: refused, and not shown here.`);
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    // (Something unparsable that has an "@" may hold a password too: it is not repeated either.)
    return failure('invalid-src', `The src ${src.includes('@') ? '' : `"${src}" `}is not an http(s) URL.`);
  }
  return { ok: true, data: url.href };
}

/** Fetches with retries; resolves, never rejects (a chunk that fails to load becomes `load-failed`). */
async function fetchDocument<T>(url: string, signal: AbortSignal, validate: Validate<T>): Promise<Outcome<T>> {
  try {
    return await fetchWithRetries(url, signal, validate);
  } catch (cause) {
    return failure('load-failed', `Reading ${url} failed: ${String(cause)}`);
  }
}

async function fetchWithRetries<T>(url: string, signal: AbortSignal, validate: Validate<T>): Promise<Outcome<T>> {
  // A fetch that the page's Content-Security-Policy forbids fails like a network error, and would
  // fail again on every retry: the browser tells it apart only by a violation event for the URL.
  let blocked = false;
  let onBlocked: () => void = () => undefined;
  const violation = new Promise<void>((resolve) => (onBlocked = resolve));
  const listener = (event: SecurityPolicyViolationEvent) => {
    if (!sameResource(event.blockedURI, url)) return;
    blocked = true;
    onBlocked();
  };
  const refused = failure('blocked', `The page's Content-Security-Policy (connect-src) does not allow fetching ${url}.`);
  document.addEventListener('securitypolicyviolation', listener);
  try {
    for (let attempt = 0; ; attempt++) {
      const { outcome, retryAfterMs, retryable } = await fetchOnce(url, signal, validate);
      if (blocked) return refused;
      if (!retryable || attempt >= MAX_RETRIES || signal.aborted) return outcome;
      const backoff = BASE_BACKOFF_MS * 2 ** attempt * (0.5 + Math.random());
      // (The violation event may come after the failed fetch: it ends the wait, and the retries.)
      await Promise.race([sleep(Math.max(backoff, Math.min(retryAfterMs ?? 0, MAX_RETRY_AFTER_MS)), signal), violation]);
      if (blocked) return refused;
      if (signal.aborted) return outcome;
    }
  } finally {
    document.removeEventListener('securitypolicyviolation', listener);
  }
}

/** Whether a violation's `blockedURI` names `url` (browsers drop the fragment, and may report only the origin). */
function sameResource(blockedURI: string, url: string): boolean {
  const { origin, href, hash } = new URL(url);
  return blockedURI === href.slice(0, href.length - hash.length) || blockedURI === origin;
}

interface Attempt<T> {
  outcome: Outcome<T>;
  retryable?: boolean;
  retryAfterMs?: number | undefined;
}

async function fetchOnce<T>(url: string, signal: AbortSignal, validate: Validate<T>): Promise<Attempt<T>> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'omit', headers: { accept: 'application/json' }, signal });
  } catch (cause) {
    return networkFailure(`could not reach ${url}`, cause, signal);
  }
  if (!response.ok) {
    void response.body?.cancel().catch(() => undefined);
    const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    return {
      outcome: failure('http', `HTTP ${status} from ${url}.`, [], { status: response.status }),
      retryable: response.status >= 500 || response.status === 429,
      retryAfterMs: retryAfter(response.headers.get('retry-after')),
    };
  }
  const type = response.headers.get('content-type') ?? '';
  if (!/^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i.test(type)) {
    void response.body?.cancel().catch(() => undefined);
    return { outcome: failure('content-type', `Expected JSON from ${url} but the content type is "${type || 'missing'}".`) };
  }
  const body = await readCapped(response);
  if (body.kind === 'broken') return networkFailure(`the connection broke while reading ${url}`, body.cause, signal);
  if (body.kind === 'too-large') return { outcome: failure('too-large', `The role data at ${url} is larger than ${MAX_BYTES / 1024} KB.`) };
  const json = await parseJson(body.text);
  if (!json.ok) return { outcome: failure('invalid-json', `Invalid JSON from ${url}: ${json.message}`) };
  return { outcome: await validate(json.value) };
}

/** A failed or broken connection: retried, unless the browser is offline (then the `online` event reloads). */
function networkFailure(what: string, cause: unknown, signal: AbortSignal): Attempt<never> {
  const offline = navigator.onLine === false;
  return {
    outcome: failure('network', `${offline ? 'Offline: ' : ''}${what} (${String(cause)}).`),
    retryable: !offline && !signal.aborted,
  };
}

type Body = { kind: 'text'; text: string } | { kind: 'too-large' } | { kind: 'broken'; cause: unknown };

/** Reads the body as text, giving up as soon as it passes MAX_BYTES (the rest is never downloaded). */
async function readCapped(response: Response): Promise<Body> {
  if (Number(response.headers.get('content-length')) > MAX_BYTES) {
    void response.body?.cancel().catch(() => undefined);
    return { kind: 'too-large' };
  }
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let received = 0;
  let text = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return { kind: 'text', text: text + decoder.decode() };
      received += value.byteLength;
      if (received > MAX_BYTES) {
        void reader.cancel().catch(() => undefined);
        return { kind: 'too-large' };
      }
      text += decoder.decode(value, { stream: true });
    }
  } catch (cause) {
    return { kind: 'broken', cause };
  }
}

/** `Retry-After` as seconds or an HTTP date, in ms; undefined when absent or unreadable. */
function retryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}
