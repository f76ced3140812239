/**
 * The role card, laid out by satori, in two sizes: the social-preview card (1200 × 630) and a compact
 * card for narrow columns (600 px wide, as tall as its content) whose every text stays at least
 * 12 CSS px when a phone shows it 343 px wide. Both show the title, tagline (or the summary), the
 * headline pay and growth with their sources (or words saying the role has none) and the top skills.
 * Every text is clamped or broken so that nothing leaves its box, whatever its length; text no font
 * here can draw is refused, not drawn as boxes.
 */
import { formatAsOf, formatChange, formatMoney, formatYears, shownChange } from '../core/format.js';
import { missingFigure } from '../i18n/en-card.js';
import type { Labels } from '../i18n/en.js';
import type { Role } from '../schema/types.js';
import { SCRIPTS, fontsFor, visibleCharacters } from './fonts.js';

/** The social-preview size of a card. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** The card's sizes: `social` (1200 × 630, the default) and `compact` (600 px wide, for narrow columns). */
export type CardSize = 'social' | 'compact';
export const CARD_SIZES = ['social', 'compact'] as const satisfies readonly CardSize[];

/** The compact card's width; its height is its content's. */
export const COMPACT_WIDTH = 600;

export interface CardTheme {
  surface: string;
  text: string;
  muted: string;
  border: string;
  accent: string;
  chip: string;
}

/** A satori element: the layout tree (the same shape React elements have). */
export type Node = { type: string; props: { style?: Record<string, unknown>; children?: unknown } };
export const el = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({ type, props: { style, children } });

/** Text that may break inside a word (a long word wraps instead of leaving the box), at most `lines` lines. */
export const clamped = (lines: number) => ({ display: 'block', lineClamp: lines, overflowWrap: 'anywhere', overflow: 'hidden' });
/** One line, cut with an ellipsis. */
export const oneLine = { display: 'block', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' };

/**
 * Each size's measures (px). The compact card's smallest text is 22 px: 12.6 CSS px at 343 px wide.
 * The social card fills its 630 px: the figure boxes take the height the title and tagline leave
 * (their content centred), so a one-line title leaves no empty band; with two lines of each, every
 * measure still fits.
 */
const METRICS = {
  social: { accent: 16, margin: '36px 56px', title: 60, bigTitle: 72, titleWidth: 1088, titleLines: 2, tagline: 30, taglineLines: 2, label: 28, value: 72, per: 28, source: 25, note: 22, noteLines: 2, none: 34, chip: 28, figuresGap: 24, valueWidth: 480, row: true },
  compact: { accent: 12, margin: '28px 32px 32px', title: 44, bigTitle: 44, titleWidth: 536, titleLines: 2, tagline: 26, taglineLines: 3, label: 24, value: 56, per: 26, source: 22, note: 22, noteLines: 4, none: 28, chip: 24, figuresGap: 16, valueWidth: 484, row: false },
} as const;

/**
 * The font size that fits a figure's value and its period on one line of a figure box (`width`: the
 * box's inner width): `max` px, smaller for a long amount ("IDR 123,456,789,012"). An estimate from
 * the character count (Inter's bold digits and separators average under 0.6 em); an amount that is
 * wider still wraps, never leaves the box.
 */
function valueSize(value: string, per: string | undefined, m: (typeof METRICS)[CardSize]): number {
  const perWidth = per ? 12 + [...per].length * m.per * 0.55 : 0;
  return Math.max(m.source + 2, Math.min(m.value, Math.floor((m.valueWidth - perWidth) / ([...value].length * 0.6))));
}

/** Every string in a layout tree, for choosing its fonts. */
export const textOf = (node: unknown): string =>
  typeof node === 'string' ? node : Array.isArray(node) ? node.map(textOf).join(' ') : node && typeof node === 'object' ? textOf((node as Node).props.children) : '';

/** What the card of `role` shows, as a layout tree inside its frame (cardSvg draws it). */
export function cardContent(role: Role, l: Labels, locale: string, t: CardTheme, size: CardSize = 'social'): Node {
  const m = METRICS[size];
  const box = (children: Node[]) =>
    el(
      'div',
      // In a row (social) the boxes share the width and take the height left; stacked (compact) each is as tall as its text.
      { display: 'flex', flexDirection: 'column', justifyContent: 'center', ...(m.row ? { flexBasis: 0, flexGrow: 1, flexShrink: 1 } : { flexShrink: 0 }), minWidth: 0, border: `2px solid ${t.border}`, borderRadius: 16, padding: '18px 24px' },
      children,
    );
  const label = (text: string) => el('div', { fontSize: m.label, color: t.muted, lineHeight: 1.25, ...oneLine }, text);
  /**
   * A figure: its label (one line), the value with its period (one line), its note when it has one
   * (that the figure is a wider group's: two lines at most in the social card, four in the compact
   * one; the bundled notes take two) and the source (two at most).
   */
  const figure = (name: string, value: string, per: string | undefined, note: string | undefined, from: string) =>
    box([
      label(name),
      el('div', { display: 'flex', alignItems: 'baseline', marginTop: 2, minWidth: 0, lineHeight: 1.2 }, [
        el('span', { fontSize: valueSize(value, per, m), fontWeight: 700, overflowWrap: 'anywhere', minWidth: 0, flexShrink: 1, marginRight: 12 }, value),
        ...(per ? [el('span', { fontSize: m.per, color: t.muted, whiteSpace: 'nowrap', flexShrink: 0 }, per)] : []),
      ]),
      ...(note ? [el('div', { fontSize: m.note, color: t.muted, marginTop: 2, lineHeight: 1.15, ...clamped(m.noteLines) }, note)] : []),
      el('div', { fontSize: m.source, color: t.muted, marginTop: 6, lineHeight: 1.25, ...clamped(2) }, `${l.source}: ${from}`),
    ]);
  /** A figure the role lacks: its label, and words saying so, quiet (muted, regular weight; two lines at most). */
  const none = (name: string, what: 'salary' | 'growth') =>
    box([label(name), el('div', { fontSize: m.none, color: t.muted, marginTop: 8, lineHeight: 1.25, ...clamped(2) }, missingFigure(l, what))]);
  const s = role.salary;
  const g = role.growth;
  // (Yoga sizes a box of width 100% without its padding: the margin of an inner box keeps the edges.)
  // A title that fits one line at the big size (Inter bold averages under 0.6 em a character) is set big: less room left over.
  const titleSize = [...role.title].length * m.bigTitle * 0.6 <= m.titleWidth ? m.bigTitle : m.title;
  return el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0, margin: m.margin, overflow: 'hidden' }, [
    // (One line in the social card when a figure has a note, which takes that room: every bundled title with one fits a line.)
    el('div', { fontSize: titleSize, fontWeight: 700, lineHeight: 1.12, flexShrink: 0, ...clamped(m.row && (s?.note || g?.note) ? 1 : m.titleLines) }, role.title),
    // The tagline is written for two lines (clamped all the same: the image cannot grow); else the summary, cut.
    el('div', { fontSize: m.tagline, color: t.muted, marginTop: 12, lineHeight: 1.3, flexShrink: 0, ...clamped(m.taglineLines) }, role.tagline ?? role.summary),
    el('div', { display: 'flex', flexDirection: m.row ? 'row' : 'column', gap: m.figuresGap, marginTop: 24, flexGrow: m.row ? 1 : 0, flexShrink: 0 }, [
      s
        ? figure(
            s.region ? l.region(l.salary(s.kind), s.region) : l.salary(s.kind),
            formatMoney(s.amount, s.currency, locale),
            l.phrasePeriod(s.period),
            s.note,
            s.asOf ? `${s.source.name}, ${l.asOf(formatAsOf(s.asOf, locale))}` : s.source.name,
          )
        : none(l.salaryHeading, 'salary'),
      g
        ? figure(`${l.growthShort(shownChange(g.percent))}, ${formatYears(g.period.from, g.period.to, locale)}`, formatChange(g.percent, locale, l.littleChange), undefined, g.note, g.source.name)
        : none(l.growthShort(1), 'growth'),
    ]),
    // The top three skills on one line (social) or as many as they need (compact): a name longer than a line is cut with an ellipsis, never pushed out.
    el(
      'div',
      { display: 'flex', flexWrap: m.row ? 'nowrap' : 'wrap', gap: 12, marginTop: 20, fontSize: m.chip, flexShrink: 0, minWidth: 0 },
      (role.skills ?? []).slice(0, 3).map((skill) => el('div', { background: t.chip, borderRadius: 999, padding: '6px 18px', lineHeight: 1.2, flexShrink: 1, minWidth: 0, ...oneLine }, skill.name)),
    ),
  ]);
}

/** The card's frame around `content`: the accent bar, the surface, the fonts' family; `width` × `height` (auto when undefined). */
export function framed(content: Node, t: CardTheme, size: CardSize, family: string): Node {
  const height = size === 'social' ? CARD_SIZE.height : undefined;
  const width = size === 'social' ? CARD_SIZE.width : COMPACT_WIDTH;
  return el('div', { display: 'flex', boxSizing: 'border-box', width, ...(height ? { height } : {}), background: t.surface, color: t.text, fontFamily: family, borderTop: `${METRICS[size].accent}px solid ${t.accent}` }, [content]);
}

/**
 * The card of `role` as SVG (without its alt text: roleImage adds it). Throws for text no font here has.
 * `text: true` draws its text as `<text>` elements (font sizes readable) instead of glyph outlines:
 * the same layout, for measuring.
 */
export async function cardSvg(role: Role, l: Labels, locale: string, t: CardTheme, size: CardSize = 'social', options: { text?: boolean } = {}): Promise<string> {
  return drawFramed(cardContent(role, l, locale, t, size), t, size, { ...options, what: 'card' });
}

/**
 * `content` in the card's frame (`size`: 1200 × 630, or 600 px wide and as tall as the content) as
 * SVG, laid out by satori in the fonts its text needs. Throws for text no font here has, naming the
 * image (`what`: "card"). `text: true`: `<text>` elements instead of glyph outlines (for measuring).
 */
export async function drawFramed(content: Node, t: CardTheme, size: CardSize, options: { text?: boolean | undefined; what: string }): Promise<string> {
  const { default: satori } = await import('satori');
  const { fonts, family } = fontsFor(textOf(content));
  const tree = framed(content, t, size, family);
  // satori asks for an asset for each text no font has: that text would be drawn as boxes.
  const unresolved: string[] = [];
  const svg = await satori(tree as never, {
    ...(size === 'social' ? CARD_SIZE : { width: COMPACT_WIDTH }),
    fonts,
    embedFont: !options.text,
    loadAdditionalAsset: async (_code: string, segment: string) => (unresolved.push(segment), []),
  });
  const missing = visibleCharacters(unresolved);
  if (missing.length) {
    throw new Error(`The ${options.what} cannot draw ${missing.slice(0, 12).join(' ')}${missing.length > 12 ? ' …' : ''}: it has fonts for ${SCRIPTS} only (not CJK, emoji or other scripts).`);
  }
  return svg;
}
