/**
 * Images of a role for places that allow no script (Markdown, newsletters, social previews): a
 * shields-style salary badge (badge-maker, the library behind shields.io) and a role card (satori
 * lays it out with the Inter font from @fontsource/inter), as SVG, or as PNG through resvg. Every
 * image comes with alt text: one sentence with the figures and their sources. Node only: nothing
 * here is in the browser bundle.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { formatAsOf, formatChange, formatMoney, formatYears, shownChange } from '../core/format.js';
import type { Labels } from '../i18n/en.js';
import { labelLanguage, loadLabels } from '../i18n/labels.js';
import type { Role } from '../schema/role.js';

export type ImageKind = 'badge' | 'card';
export type ImageFormat = 'svg' | 'png';

export interface ImageOptions {
  kind: ImageKind;
  theme?: 'light' | 'dark' | undefined;
  /** BCP 47 language tag for the labels and the numbers; default `en-US`. */
  lang?: string | undefined;
}

export interface RoleImage {
  svg: string;
  width: number;
  height: number;
  /** One sentence saying what the image shows, figures and sources included. */
  alt: string;
}

/** The social-preview size of a card. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

const THEMES = {
  light: { surface: '#ffffff', text: '#1f2937', muted: '#4b5563', accent: '#2563eb', border: '#d1d5db', chip: '#eef2ff' },
  dark: { surface: '#111827', text: '#f3f4f6', muted: '#cbd5e1', accent: '#60a5fa', border: '#374151', chip: '#1e293b' },
};

const require = createRequire(import.meta.url);
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;
/** Inter (SIL Open Font License, shipped by @fontsource/inter with its licence) in the two weights used. */
function interFonts() {
  fonts ??= ([400, 700] as const).map((weight) => ({
    name: 'Inter',
    data: readFileSync(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`)),
    weight,
    style: 'normal' as const,
  }));
  return fonts;
}

/** The sentence every image of `role` is described by. */
export function altText(role: Role, l: Labels, locale: string, kind: ImageKind): string {
  const parts: string[] = [];
  const s = role.salary;
  if (s) {
    const kindLabel = s.region ? l.region(l.salary(s.kind), s.region) : l.salary(s.kind);
    parts.push(`${kindLabel}: ${formatMoney(s.amount, s.currency, locale)} ${l.phrasePeriod(s.period)} (${l.source}: ${s.source.name}${s.asOf ? `, ${l.asOf(formatAsOf(s.asOf, locale))}` : ''})`);
  }
  const g = role.growth;
  if (kind === 'card' && g) {
    parts.push(`${l.growth(shownChange(g.percent))}, ${formatYears(g.period.from, g.period.to, locale).replace(/\u2060/g, '')}: ${formatChange(g.percent, locale, l.littleChange)} (${l.source}: ${g.source.name})`);
  }
  if (kind === 'card' && role.skills?.length) parts.push(`${l.topSkills}: ${role.skills.slice(0, 3).map((x) => x.name).join(', ')}`);
  return `${role.title}. ${parts.join('. ')}${parts.length ? '.' : ''}`;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

async function badge(role: Role, l: Labels, locale: string, theme: 'light' | 'dark', alt: string): Promise<RoleImage> {
  const { makeBadge } = (await import('badge-maker')) as unknown as { makeBadge: (format: Record<string, string>) => string };
  const s = role.salary!;
  const t = THEMES[theme];
  const label = `${s.region ? l.region(l.salary(s.kind), s.region) : l.salary(s.kind)} · ${s.source.name}`;
  const message = `${formatMoney(s.amount, s.currency, locale)} ${l.phrasePeriod(s.period)}`;
  // badge-maker escapes its text; the title and aria-label then say the whole sentence.
  let svg = makeBadge({ label, message, color: t.accent, labelColor: theme === 'dark' ? '#374151' : '#555', style: 'flat' });
  // (Replacement functions: an amount such as "$106,677" must not be read as a "$1" pattern.)
  svg = svg.replace(/aria-label="[^"]*"/, () => `aria-label="${escapeXml(alt)}"`).replace(/<title>[^<]*<\/title>/, () => `<title>${escapeXml(alt)}</title>`);
  const width = Number(/width="(\d+(?:\.\d+)?)"/.exec(svg)![1]);
  const height = Number(/height="(\d+(?:\.\d+)?)"/.exec(svg)![1]);
  return { svg, width, height, alt };
}

/** A satori element: the layout tree (the same shape React elements have). */
type Node = { type: string; props: { style?: Record<string, unknown>; children?: unknown } };
const el = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({ type, props: { style, children } });

async function card(role: Role, l: Labels, locale: string, theme: 'light' | 'dark', alt: string): Promise<RoleImage> {
  const { default: satori } = await import('satori');
  const t = THEMES[theme];
  const { width, height } = CARD_SIZE;
  /** A figure: its label, the value (an amount never wraps; its period is smaller), the source. */
  const figure = (label: string, value: string, per: string | undefined, from: string | undefined) =>
    el('div', { display: 'flex', flexDirection: 'column', flexBasis: 0, flexGrow: 1, flexShrink: 1, minWidth: 0, border: `2px solid ${t.border}`, borderRadius: 16, padding: '18px 24px' }, [
      el('div', { fontSize: 24, color: t.muted }, label),
      el('div', { display: 'flex', alignItems: 'baseline', flexWrap: 'wrap', marginTop: 4 }, [
        el('span', { fontSize: 52, fontWeight: 700, whiteSpace: 'nowrap', marginRight: 12 }, value),
        ...(per ? [el('span', { fontSize: 26, color: t.muted }, per)] : []),
      ]),
      el('div', { fontSize: 21, color: t.muted, marginTop: 6 }, from ? `${l.source}: ${from}` : l.noFigure),
    ]);
  const s = role.salary;
  const g = role.growth;
  // (Yoga sizes a box of width 100% without its padding: the margin of an inner box keeps the edges.)
  const content = el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, margin: '40px 56px 44px' }, [
    el('div', { fontSize: 56, fontWeight: 700, lineHeight: 1.1 }, role.title),
    el('div', { fontSize: 28, color: t.muted, marginTop: 14, lineHeight: 1.35, lineClamp: 2, display: 'block' }, role.summary),
    el('div', { display: 'flex', gap: 24, marginTop: 28 }, [
      figure(
        s ? (s.region ? l.region(l.salary(s.kind), s.region) : l.salary(s.kind)) : l.salaryHeading,
        s ? formatMoney(s.amount, s.currency, locale) : '–',
        s && l.phrasePeriod(s.period),
        s && (s.asOf ? `${s.source.name}, ${l.asOf(formatAsOf(s.asOf, locale))}` : s.source.name),
      ),
      figure(g ? `${l.growthShort(shownChange(g.percent))}, ${formatYears(g.period.from, g.period.to, locale)}` : l.growthShort(1), g ? formatChange(g.percent, locale, l.littleChange) : '–', undefined, g?.source.name),
    ]),
    el(
      'div',
      { display: 'flex', gap: 12, marginTop: 'auto', fontSize: 26 },
      (role.skills ?? []).slice(0, 3).map((skill) => el('div', { background: t.chip, borderRadius: 999, padding: '6px 18px' }, skill.name)),
    ),
  ]);
  const tree = el('div', { display: 'flex', width, height, background: t.surface, color: t.text, fontFamily: 'Inter', borderTop: `16px solid ${t.accent}` }, [content]);
  let svg = await satori(tree as never, { width, height, fonts: interFonts() });
  // What the image shows, for people who cannot see it.
  svg = svg.replace(/^<svg /, () => `<svg role="img" aria-label="${escapeXml(alt)}" `).replace(/^(<svg[^>]*>)/, (open: string) => `${open}<title>${escapeXml(alt)}</title>`);
  return { svg, width, height, alt };
}

/** Renders `role` (validated) as a badge or a card. A badge needs a salary. */
export async function roleImage(role: Role, options: ImageOptions): Promise<RoleImage> {
  const locale = options.lang ?? 'en-US';
  const l = await loadLabels(labelLanguage(locale));
  const theme = options.theme ?? 'light';
  const alt = altText(role, l, locale, options.kind);
  if (options.kind === 'badge') {
    if (!role.salary) throw new Error(`${role.title} has no salary: a badge shows one.`);
    return badge(role, l, locale, theme, alt);
  }
  return card(role, l, locale, theme, alt);
}

/** The image as PNG (resvg): the card at its size, the badge at 2×. */
export async function toPng(image: RoleImage, kind: ImageKind): Promise<Buffer> {
  const { Resvg } = await import('@resvg/resvg-js');
  const resvg = new Resvg(image.svg, {
    fitTo: kind === 'badge' ? { mode: 'zoom', value: 2 } : { mode: 'width', value: image.width },
    // The card's text is already glyph outlines (satori); the badge's text uses the system's fonts.
    font: { loadSystemFonts: true },
  });
  return resvg.render().asPng();
}

/** Ready-to-paste snippets for an image at `url`. */
export function snippets(url: string, image: RoleImage): { html: string; markdown: string } {
  return {
    html: `<img src="${escapeXml(url)}" width="${image.width}" height="${image.height}" alt="${escapeXml(image.alt)}">`,
    markdown: `![${image.alt.replace(/[[\]]/g, '\\$&')}](${url.replace(/[()\s]/g, encodeURIComponent)})`,
  };
}
