/**
 * What the images share (the role card and the comparison): the themes, the image type, the alt text's
 * figure phrases, and how an SVG gets its alt text (role, aria-label and title).
 */
import { formatAsOf, formatChange, formatMoney, formatYears, shownChange } from '../core/format.js';
import type { Labels } from '../i18n/en.js';
import { missingFigure } from '../i18n/en-card.js';
import type { Role } from '../schema/types.js';

export interface RoleImage {
  svg: string;
  width: number;
  height: number;
  /** One sentence saying what the image shows, figures and sources included. */
  alt: string;
}

export const THEMES = {
  light: { surface: '#ffffff', text: '#1f2937', muted: '#4b5563', accent: '#2563eb', border: '#d1d5db', chip: '#eef2ff' },
  dark: { surface: '#111827', text: '#f3f4f6', muted: '#cbd5e1', accent: '#60a5fa', border: '#374151', chip: '#1e293b' },
};

/** The alt text's phrase of a role's pay: "Median salary (US): $112,590 a year (Source: …, as of May 2024)". */
export function salaryPhrase(role: Role, l: Labels, locale: string, notes = true): string {
  const s = role.salary;
  if (!s) return `${l.salaryHeading}: ${missingFigure(l, 'salary')}`;
  const kindLabel = s.region ? l.region(l.salary(s.kind), s.region) : l.salary(s.kind);
  return `${kindLabel}: ${formatMoney(s.amount, s.currency, locale)} ${l.phrasePeriod(s.period)} (${noted(s.note, notes)}${l.source}: ${s.source.name}${s.asOf ? `, ${l.asOf(formatAsOf(s.asOf, locale))}` : ''})`;
}

/** A figure's note (e.g. that it is a wider group's) before its source in the parentheses, unless `notes` is false (the comparison lists them apart). */
const noted = (note: string | undefined, notes: boolean) => (note && notes ? `${note}; ` : '');

/** The alt text's phrase of a role's projected growth: "Projected job growth, 2024–2034: +34% (Source: …)"; a decline reads as one. */
export function growthPhrase(role: Role, l: Labels, locale: string, notes = true): string {
  const g = role.growth;
  if (!g) return `${l.growthShort(1)}: ${missingFigure(l, 'growth')}`;
  return `${l.growth(shownChange(g.percent))}, ${formatYears(g.period.from, g.period.to, locale).replace(/\u2060/g, '')}: ${formatChange(g.percent, locale, l.littleChange)} (${noted(g.note, notes)}${l.source}: ${g.source.name})`;
}

export const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A satori SVG with its alt text: `role="img"`, an `aria-label` and a `<title>`, for people who cannot see it. */
export const labelled = (svg: string, alt: string): string =>
  svg
    .replace(/^<svg /, () => `<svg role="img" aria-label="${escapeXml(alt)}" `)
    .replace(/^(<svg[^>]*>)/, (open: string) => `${open}<title>${escapeXml(alt)}</title>`);

/** The width and height of the root `<svg>` (a compact image is as tall as its content). */
export function svgSize(svg: string): { width: number; height: number } {
  const open = /^<svg[^>]*>/.exec(svg)![0];
  return { width: Number(/ width="([\d.]+)"/.exec(open)![1]), height: Number(/ height="([\d.]+)"/.exec(open)![1]) };
}

/** The `<text>` elements of an SVG drawn with `text: true`, with their font sizes (blank ones left out). */
export const textSizes = (svg: string): { text: string; size: number }[] =>
  [...svg.matchAll(/<text\b([^>]*)>([^<]*)<\/text>/g)]
    .map(([, attributes, text]) => ({ text: text!, size: Number(/font-size="([\d.]+)"/.exec(attributes!)![1]) }))
    .filter((x) => x.text.trim());
