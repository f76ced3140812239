/**
 * Images of a role for places that allow no script (Markdown, newsletters, social previews): a
 * shields-style salary badge (badge-maker, the library behind shields.io) and a role card (satori
 * lays it out, see card.ts and fonts.ts), as SVG, or as PNG through resvg. Every
 * image comes with alt text: one sentence with the figures and their sources. Node only: nothing
 * here is in the browser bundle.
 */
import { formatMoney } from '../core/format.js';
import type { Labels } from '../i18n/en.js';
import { cardWords } from '../i18n/en-card.js';
import { labelLanguage, loadLabels } from '../i18n/labels.js';
import type { Role } from '../schema/types.js';
import { CARD_SIZE, CARD_SIZES, COMPACT_WIDTH, cardContent, cardSvg, textOf, type CardSize } from './card.js';
import { THEMES, escapeXml, growthPhrase, labelled, salaryPhrase, svgSize, textSizes, type RoleImage } from './common.js';
import { markdownText, markdownUrl, oneLine, xmlSafe, xmlSafeDeep } from './text.js';

export type ImageKind = 'badge' | 'card';
export type ImageFormat = 'svg' | 'png';

export interface ImageOptions {
  kind: ImageKind;
  theme?: 'light' | 'dark' | undefined;
  /** BCP 47 language tag for the labels and the numbers; default `en-US`. */
  lang?: string | undefined;
  /** A card's size: `social` (1200 × 630, the default) or `compact` (600 px wide, for narrow columns). */
  size?: CardSize | undefined;
  /** A badge's label starts with the role's title ("Data Scientist · Median salary (US) · …"). */
  labelRole?: boolean | undefined;
}

export { CARD_SIZE, CARD_SIZES, COMPACT_WIDTH, type CardSize, type RoleImage };
export { COMPARE_ROLES, compareImage, compareText, compareTextSizes, type CompareImageOptions } from './compare.js';

/** The sentence every image of `role` is described by. */
export function altText(role: Role, l: Labels, locale: string, kind: ImageKind): string {
  const parts: string[] = [];
  if (role.salary || kind === 'card') parts.push(salaryPhrase(role, l, locale));
  if (kind === 'card') parts.push(growthPhrase(role, l, locale));
  if (kind === 'card' && role.skills?.length) parts.push(`${cardWords(l).topSkills}: ${role.skills.slice(0, 3).map((x) => x.name).join(', ')}`);
  return oneLine(`${role.title}. ${parts.join('. ')}${parts.length ? '.' : ''}`);
}

async function badge(role: Role, l: Labels, locale: string, theme: 'light' | 'dark', alt: string, labelRole: boolean): Promise<RoleImage> {
  const { makeBadge } = (await import('badge-maker')) as unknown as { makeBadge: (format: Record<string, string>) => string };
  const s = role.salary!;
  const t = THEMES[theme];
  // With labelRole the title leads, so that badges of two roles side by side can be told apart.
  const label = `${labelRole ? `${oneLine(role.title)} · ` : ''}${s.region ? l.region(l.salary(s.kind), s.region) : l.salary(s.kind)} · ${s.source.name}`;
  const message = `${formatMoney(s.amount, s.currency, locale)} ${l.phrasePeriod(s.period)}`;
  // badge-maker escapes its text; the title and aria-label then say the whole sentence.
  let svg = makeBadge({ label, message, color: t.accent, labelColor: theme === 'dark' ? '#374151' : '#555', style: 'flat' });
  // (Replacement functions: an amount such as "$106,677" must not be read as a "$1" pattern.)
  svg = svg.replace(/aria-label="[^"]*"/, () => `aria-label="${escapeXml(alt)}"`).replace(/<title>[^<]*<\/title>/, () => `<title>${escapeXml(alt)}</title>`);
  const width = Number(/width="(\d+(?:\.\d+)?)"/.exec(svg)![1]);
  const height = Number(/height="(\d+(?:\.\d+)?)"/.exec(svg)![1]);
  return { svg, width, height, alt };
}

/**
 * Renders `role` (validated) as a badge or a card. A badge needs a salary. Characters XML cannot hold
 * never reach the SVG, whatever the role object holds (the schema refuses them; this is the guard
 * for objects that did not pass it).
 */
export async function roleImage(role: Role, options: ImageOptions): Promise<RoleImage> {
  const locale = options.lang ?? 'en-US';
  const l = await loadLabels(labelLanguage(locale));
  const theme = options.theme ?? 'light';
  role = xmlSafeDeep(role);
  const alt = altText(role, l, locale, options.kind);
  if (options.kind === 'badge' && !role.salary) throw new Error(`${role.title} has no salary: a badge shows one.`);
  if (options.kind === 'badge') {
    const image = await badge(role, l, locale, theme, alt, options.labelRole ?? false);
    return { ...image, svg: xmlSafe(image.svg) };
  }
  // What the image shows, for people who cannot see it.
  const svg = labelled(await cardSvg(role, l, locale, THEMES[theme], options.size), alt);
  return { svg: xmlSafe(svg), ...svgSize(svg), alt };
}

/**
 * Every text of the card of `role` with the font size it is drawn at, from the card's SVG laid out
 * with `<text>` elements instead of glyph outlines (the same layout), and the card's width: how
 * small its text is where it is shown narrower (size × shown width / width).
 */
export async function cardTextSizes(role: Role, options: Omit<ImageOptions, 'kind' | 'labelRole'> = {}): Promise<{ width: number; texts: { text: string; size: number }[] }> {
  const locale = options.lang ?? 'en-US';
  const l = await loadLabels(labelLanguage(locale));
  const svg = await cardSvg(xmlSafeDeep(role), l, locale, THEMES[options.theme ?? 'light'], options.size, { text: true });
  return { width: svgSize(svg).width, texts: textSizes(svg) };
}

/**
 * Every text the card of `role` draws, in order (its SVG holds the glyphs' outlines, not text): for
 * tests and checks that read what a card says.
 */
export async function cardText(role: Role, options: Omit<ImageOptions, 'kind' | 'labelRole'> = {}): Promise<string> {
  const locale = options.lang ?? 'en-US';
  return textOf(cardContent(xmlSafeDeep(role), await loadLabels(labelLanguage(locale)), locale, THEMES[options.theme ?? 'light'], options.size));
}

/** The image as PNG (resvg): the card at its size, the badge at 2×. */
export async function toPng(image: RoleImage, kind: ImageKind): Promise<Buffer> {
  const { Resvg } = await import('@resvg/resvg-js');
  try {
    const resvg = new Resvg(image.svg, {
      fitTo: kind === 'badge' ? { mode: 'zoom', value: 2 } : { mode: 'width', value: image.width },
      // The card's text is already glyph outlines (satori); the badge's text uses the system's fonts.
      font: { loadSystemFonts: true },
    });
    return resvg.render().asPng();
  } catch (error) {
    // (resvg's message, e.g. "SVG data parsing failed cause …", in a sentence: no trace from inside resvg.)
    throw new Error(`The PNG could not be drawn (resvg: ${oneLine(String((error as Error).message ?? error))}).`);
  }
}

/**
 * Ready-to-paste snippets for an image at `url`, each one line. In the Markdown one the alt text is
 * text and the URL one link destination, whatever they contain (see markdownText, markdownUrl).
 */
export function snippets(url: string, image: RoleImage): { html: string; markdown: string } {
  return {
    html: `<img src="${escapeXml(url)}" width="${image.width}" height="${image.height}" alt="${escapeXml(oneLine(image.alt))}">`,
    markdown: `![${markdownText(image.alt)}](${markdownUrl(url)})`,
  };
}

/** A URL as one candidate of `srcset`: its spaces and commas (which separate candidates there) percent-encoded. */
const srcsetUrl = (url: string) => url.replace(/[\s,]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);

/**
 * A `<picture>` for a light image at `url` and its dark twin at `darkUrl` (same size, same alt text):
 * the dark one where the reader's color scheme is dark (GitHub, most mail apps and browsers honour
 * it), the light `<img>` everywhere else, with its size and alt text.
 */
export function pictureSnippet(url: string, darkUrl: string, image: RoleImage): string {
  return [
    '<picture>',
    `  <source media="(prefers-color-scheme: dark)" srcset="${escapeXml(srcsetUrl(darkUrl))}">`,
    `  ${snippets(url, image).html}`,
    '</picture>',
  ].join('\n');
}
