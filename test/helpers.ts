import { fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { RoleElement } from '../src/core/role-element.js';
import type { JobErrorEvent, JobLoadEvent } from '../src/core/events.js';

export interface Mounted<E extends RoleElement<unknown>> {
  el: E;
  root: ShadowRoot;
  /** Every `job-load` and `job-error` that reached the element's parent, in order. */
  events: (JobLoadEvent | JobErrorEvent)[];
}

/**
 * Renders `template` (one role element) inside a wrapper that records the bubbling events from the
 * start, then waits for the first `job-load` or `job-error`.
 */
export async function mount<E extends RoleElement<unknown>>(template: TemplateResult): Promise<Mounted<E>> {
  const events: (JobLoadEvent | JobErrorEvent)[] = [];
  const record = (event: Event) => events.push(event as JobLoadEvent | JobErrorEvent);
  const wrapper = await fixture<HTMLDivElement>(html`<div @job-load=${record} @job-error=${record}>${template}</div>`);
  const el = [...wrapper.querySelectorAll('*')].find((node) => 'headingLevel' in node) as E;
  await waitUntil(() => events.length > 0, 'neither job-load nor job-error fired', SETTLE);
  await el.updateComplete;
  return { el, root: el.shadowRoot!, events };
}

/**
 * How long a wait for a condition may take before the test fails with its message: well past what a
 * loaded 2-core machine needs, and within the test runner's own timeout (web-test-runner.config.js).
 * Waits are for events and conditions; this is only where a test that will never pass gives up.
 */
export const SETTLE = { timeout: 50_000 };

/** The test server's record of `key`, once each field of `wanted` has reached its value (an event on the server, no polling). */
export async function serverSaw(key: string, wanted: Record<string, number>): Promise<{ requests: number; aborted: number; completed: number }> {
  const query = new URLSearchParams(Object.entries(wanted).map(([field, n]) => [field, String(n)]));
  return (await fetch(`/api/until/${key}?${query}`)).json();
}

/** An iframe of `src` (same origin) on the page, `width` × `height` px, once it has loaded. */
export async function loadFrame(src: string, width = 1280, height = 1400): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** The text a reader sees, with runs of white space (including no-break spaces) made single spaces, and no word joiners. */
export const textOf = (node: Node): string => (node.textContent ?? '').replace(/\u2060/g, '').replace(/\s+/g, ' ').trim();

/** Replaces console.warn for the duration of `run`, returning what it was called with. */
export async function captureWarnings(run: () => Promise<void>): Promise<unknown[][]> {
  const calls: unknown[][] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => calls.push(args);
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return calls;
}

/** Every element matching `selector` in `root` and the shadow roots below it, in rendered order. */
export function deepQueryAll<E extends Element = Element>(root: Element | ShadowRoot, selector: string): E[] {
  const found: E[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const child of node.children) {
      if (child.matches(selector)) found.push(child as E);
      if (child.shadowRoot) visit(child.shadowRoot);
      visit(child);
    }
  };
  visit(root instanceof Element && root.shadowRoot ? root.shadowRoot : root);
  return found;
}

const INLINE = new Set(['A', 'ABBR', 'B', 'BDI', 'CODE', 'EM', 'I', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP']);

/** The rendered text of an element, its shadow root and the shadow roots inside it, as a reader sees it. */
export function deepText(node: Node): string {
  const collect = (n: Node): string => {
    if (n.nodeType === Node.TEXT_NODE) return (n as Text).data;
    if (n instanceof HTMLStyleElement || n instanceof HTMLScriptElement) return '';
    const el = n as Element;
    const inner = el.shadowRoot
      ? collect(el.shadowRoot)
      : el instanceof HTMLSlotElement
        ? el.assignedNodes({ flatten: true }).map(collect).join('')
        : [...n.childNodes].map(collect).join('');
    return n instanceof Element && !INLINE.has(el.tagName) ? ` ${inner} ` : inner;
  };
  return collect(node).replace(/\u2060/g, '').replace(/\s+/g, ' ').trim();
}

/** The paths this page (or `win`'s) has requested so far, those matching `pattern` if given (Resource Timing). */
export function requestedPaths(pattern?: RegExp, win: Window = window): string[] {
  const paths = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
  return pattern ? paths.filter((path) => pattern.test(path)) : paths;
}
