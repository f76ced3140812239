import { fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { RoleElement } from '../src/core/role-element.js';
import type { JobErrorEvent, JobLoadEvent } from '../src/core/events.js';

export interface Mounted<E extends RoleElement> {
  el: E;
  root: ShadowRoot;
  /** Every `job-load` and `job-error` that reached the element's parent, in order. */
  events: (JobLoadEvent | JobErrorEvent)[];
}

/**
 * Renders `template` (one role element) inside a wrapper that records the bubbling events from the
 * start, then waits for the first `job-load` or `job-error`.
 */
export async function mount<E extends RoleElement>(template: TemplateResult): Promise<Mounted<E>> {
  const events: (JobLoadEvent | JobErrorEvent)[] = [];
  const record = (event: Event) => events.push(event as JobLoadEvent | JobErrorEvent);
  const wrapper = await fixture<HTMLDivElement>(html`<div @job-load=${record} @job-error=${record}>${template}</div>`);
  const el = [...wrapper.querySelectorAll('*')].find((node) => 'headingLevel' in node) as E;
  await waitUntil(() => events.length > 0, 'neither job-load nor job-error fired', { timeout: 5000 });
  await el.updateComplete;
  return { el, root: el.shadowRoot!, events };
}

/** The text a reader sees, with runs of white space (including no-break spaces) made single spaces. */
export const textOf = (node: Node): string => (node.textContent ?? '').replace(/\s+/g, ' ').trim();

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
