/**
 * The fallback of a snippet: plain light-DOM HTML inside the element that states its facts (the title,
 * the headline figure with its source, the links the card has) for whoever gets no card: the script
 * never loaded, or a sanitiser, feed reader or email client dropped the declarative shadow root. No
 * element has a `<slot>` for it (a `<job-profile>` has one only around part elements, which a fallback
 * never holds), so once there is a shadow root, declarative or the element's own, it is neither shown
 * nor read out.
 *
 * Browser-safe and free of Lit: pure string building with every piece of data escaped, so the embed
 * builder can print the same fallback as `job-widgets render`.
 */
import { formatChange, formatCount, formatMoney, formatYears, shownChange } from '../core/format.js';
import { pageLink } from '../core/server.js';
import { en, type Labels } from '../i18n/en.js';
import type { Role, RoleComparison, RoleIndex } from '../schema/types.js';

export interface FallbackOptions {
  /** The element the fallback goes in. Default `job-profile`. */
  element?: string | undefined;
  /** `badge` for `<salary-card variant="badge">`: a phrase of the sentence around it. */
  variant?: string | undefined;
  /** How numbers are formatted. Default `en-US`. */
  locale?: string | undefined;
  /** The label set of the language (the element's). Default English. */
  labels?: Labels | undefined;
  /** The element's `job-href` template (`/careers/{id}`), for the links the card has. */
  jobHref?: string | undefined;
  /** `<job-card>`'s own `href` template. */
  href?: string | undefined;
}

/** Text or a double-quoted attribute value as HTML: markup in data stays text. */
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A link, or the text alone when there is no (safe) URL. Relative templates stay as written, for the page to resolve. */
function link(text: string, url: string | undefined): string {
  const href = url === undefined ? undefined : pageLink(url, undefined);
  return href === undefined ? escape(text) : `<a href="${escape(href)}">${escape(text)}</a>`;
}

const jobLink = (template: string | undefined, id: string | undefined) =>
  template?.trim() && id ? template.replaceAll('{id}', encodeURIComponent(id)) : undefined;

/** "Label: value (Source: name)" of each figure the role has: salary, growth, openings. */
function figureLines(role: Role, l: Labels, locale: string): Record<'salary' | 'growth' | 'openings', string | undefined> {
  const { salary, growth, openings } = role;
  // (A figure's note, e.g. that it is a wider group's, goes with it.)
  const source = (s: { name: string; url?: string | undefined }, note?: string) => ` (${note ? `${escape(note)}; ` : ''}${escape(l.source)}: ${link(s.name, s.url)})`;
  const region = (label: string, r: string | undefined) => escape(r ? l.region(label, r) : label);
  const salaryLine = salary && `${region(l.salary(salary.kind), salary.region)}: ${escape(`${formatMoney(salary.amount, salary.currency, locale)} ${l.period(salary.period)}`)}${source(salary.source, salary.note)}`;
  const growthLine =
    growth &&
    `${region(`${l.growth(shownChange(growth.percent))}, ${formatYears(growth.period.from, growth.period.to, locale)}`, growth.region)}: ${escape(formatChange(growth.percent, locale, l.littleChange))}${source(growth.source, growth.note)}`;
  const openingsLine =
    openings &&
    `${region(openings.period ? `${l.openings(openings.kind)}, ${formatYears(openings.period.from, openings.period.to, locale)}` : l.openings(openings.kind), openings.region)}: ${escape(formatCount(openings.count, locale))}${source(openings.source, openings.note)}`;
  return { salary: salaryLine, growth: growthLine, openings: openingsLine };
}

/** The element's headline figure, or undefined when the role has none. */
function headline(role: Role, outlook: boolean, l: Labels, locale: string): string | undefined {
  const { salary, growth, openings } = figureLines(role, l, locale);
  return outlook ? (growth ?? openings ?? salary) : (salary ?? growth ?? openings);
}

/**
 * The fallback HTML for `element` showing `data` (a validated role; for `<job-directory>` a role index,
 * for `<job-compare>` a comparison): one `<p>` (`<span>` for the badge, `<ul>` for the directory and the
 * comparison) marked `data-job-fallback`, all on
 * one line (Markdown keeps it as it is; see the README). Put it inside the element, after its `<template>`.
 */
export function fallbackHtml(data: Role | RoleIndex | RoleComparison, options: FallbackOptions = {}): string {
  const l = options.labels ?? en;
  const locale = options.locale ?? 'en-US';
  if ('roles' in data && options.element === 'job-compare') {
    // Each role with every figure it has (or its tagline), one item each: the comparison as a list.
    const items = (data as RoleComparison).roles.map((role) => {
      const lines = Object.values(figureLines(role, l, locale)).filter(Boolean);
      return `<li><strong>${escape(role.title)}</strong>: ${lines.length ? lines.join('; ') : escape(role.tagline ?? role.summary)}</li>`;
    });
    return `<ul data-job-fallback>${items.join('')}</ul>`;
  }
  if ('roles' in data) {
    const items = (data as RoleIndex).roles.map((entry) => {
      const pay = entry.salary ? `: ${escape(`${formatMoney(entry.salary.amount, entry.salary.currency, locale)} ${l.period(entry.salary.period)}`)}` : '';
      return `<li>${link(entry.title, entry.url ?? jobLink(options.jobHref, entry.id))}${pay}</li>`;
    });
    return `<ul data-job-fallback>${items.join('')}</ul>`;
  }
  const role = data;
  if (options.element === 'salary-card' && options.variant === 'badge' && role.salary) {
    const { salary } = role;
    return `<span data-job-fallback>${escape(`${formatMoney(salary.amount, salary.currency, locale)} ${l.phrasePeriod(salary.period)}`)} (${link(salary.source.name, salary.source.url)})</span>`;
  }
  const own = options.element === 'job-card' ? (jobLink(options.href, role.id) ?? jobLink(options.jobHref, role.id)) : undefined;
  const facts = headline(role, options.element === 'job-outlook', l, locale) ?? escape(role.summary);
  const related =
    options.element === 'related-jobs' && role.related
      ? `. ${escape(l.related)}: ${role.related.map((r) => link(r.title, r.url ?? jobLink(options.jobHref, r.id))).join(', ')}`
      : '';
  return `<p data-job-fallback><strong>${link(role.title, own)}</strong>: ${facts}${related}</p>`;
}
