/**
 * The role card, 1200 × 630, laid out by satori: title, tagline (or the summary), the headline pay and
 * growth with their sources (or words saying the role has none), the top skills. Every text is clamped
 * or broken so that nothing leaves its box, whatever its length; text no font here can draw is
 * refused, not drawn as boxes.
 */
import { formatAsOf, formatChange, formatMoney, formatYears, shownChange } from '../core/format.js';
import { missingFigure } from '../i18n/en-card.js';
import type { Labels } from '../i18n/en.js';
import type { Role } from '../schema/types.js';
import { SCRIPTS, fontsFor, visibleCharacters } from './fonts.js';

/** The social-preview size of a card. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

export interface CardTheme {
  surface: string;
  text: string;
  muted: string;
  border: string;
  accent: string;
  chip: string;
}

/** A satori element: the layout tree (the same shape React elements have). */
type Node = { type: string; props: { style?: Record<string, unknown>; children?: unknown } };
const el = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({ type, props: { style, children } });

/** Text that may break inside a word (a long word wraps instead of leaving the box), at most `lines` lines. */
const clamped = (lines: number) => ({ display: 'block', lineClamp: lines, overflowWrap: 'anywhere', overflow: 'hidden' });
/** One line, cut with an ellipsis. */
const oneLine = { display: 'block', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' };

/**
 * The font size that fits a figure's value and its period on one line of a figure box (the box's inner
 * width is 478 px): 52 px, smaller for a long amount ("IDR 123,456,789,012"). An estimate from the
 * character count (Inter's bold digits and separators average under 0.6 em); an amount that
 * is wider still wraps, never leaves the box.
 */
function valueSize(value: string, per: string | undefined): number {
  const perWidth = per ? 12 + [...per].length * 26 * 0.55 : 0;
  return Math.max(24, Math.min(52, Math.floor((478 - perWidth) / ([...value].length * 0.6))));
}

/** Every string in a layout tree, for choosing its fonts. */
export const textOf = (node: unknown): string =>
  typeof node === 'string' ? node : Array.isArray(node) ? node.map(textOf).join(' ') : node && typeof node === 'object' ? textOf((node as Node).props.children) : '';

/** What the card of `role` shows, as a layout tree inside its frame (cardSvg draws it). */
export function cardContent(role: Role, l: Labels, locale: string, t: CardTheme): Node {
  const box = (children: Node[]) =>
    el('div', { display: 'flex', flexDirection: 'column', flexBasis: 0, flexGrow: 1, flexShrink: 1, minWidth: 0, border: `2px solid ${t.border}`, borderRadius: 16, padding: '18px 24px' }, children);
  const label = (text: string) => el('div', { fontSize: 24, color: t.muted, ...oneLine }, text);
  /** A figure: its label (one line), the value with its period (one line), the source (two at most). */
  const figure = (name: string, value: string, per: string | undefined, from: string) =>
    box([
      label(name),
      el('div', { display: 'flex', alignItems: 'baseline', marginTop: 4, minWidth: 0 }, [
        el('span', { fontSize: valueSize(value, per), fontWeight: 700, overflowWrap: 'anywhere', minWidth: 0, flexShrink: 1, marginRight: 12 }, value),
        ...(per ? [el('span', { fontSize: 26, color: t.muted, whiteSpace: 'nowrap', flexShrink: 0 }, per)] : []),
      ]),
      el('div', { fontSize: 21, color: t.muted, marginTop: 6, lineHeight: 1.2, ...clamped(2) }, `${l.source}: ${from}`),
    ]);
  /** A figure the role lacks: its label, and words saying so, quiet (muted, regular weight; two lines at most). */
  const none = (name: string, what: 'salary' | 'growth') =>
    box([label(name), el('div', { fontSize: 30, color: t.muted, marginTop: 10, lineHeight: 1.25, ...clamped(2) }, missingFigure(l, what))]);
  const s = role.salary;
  const g = role.growth;
  // (Yoga sizes a box of width 100% without its padding: the margin of an inner box keeps the edges.)
  return el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0, margin: '40px 56px 44px', overflow: 'hidden' }, [
    el('div', { fontSize: 56, fontWeight: 700, lineHeight: 1.1, flexShrink: 0, ...clamped(2) }, role.title),
    // The tagline is written for two lines (clamped all the same: the image cannot grow); else the summary, cut at two.
    el('div', { fontSize: 28, color: t.muted, marginTop: 14, lineHeight: 1.35, flexShrink: 0, ...clamped(2) }, role.tagline ?? role.summary),
    el('div', { display: 'flex', gap: 24, marginTop: 28, flexShrink: 0 }, [
      s
        ? figure(
            s.region ? l.region(l.salary(s.kind), s.region) : l.salary(s.kind),
            formatMoney(s.amount, s.currency, locale),
            l.phrasePeriod(s.period),
            s.asOf ? `${s.source.name}, ${l.asOf(formatAsOf(s.asOf, locale))}` : s.source.name,
          )
        : none(l.salaryHeading, 'salary'),
      g
        ? figure(`${l.growthShort(shownChange(g.percent))}, ${formatYears(g.period.from, g.period.to, locale)}`, formatChange(g.percent, locale, l.littleChange), undefined, g.source.name)
        : none(l.growthShort(1), 'growth'),
    ]),
    // The top three skills on one line: a long name is cut with an ellipsis, never pushed out.
    el(
      'div',
      { display: 'flex', gap: 12, marginTop: 'auto', paddingTop: 16, fontSize: 26, flexShrink: 0, minWidth: 0 },
      (role.skills ?? []).slice(0, 3).map((skill) => el('div', { background: t.chip, borderRadius: 999, padding: '6px 18px', lineHeight: 1.2, flexShrink: 1, minWidth: 0, ...oneLine }, skill.name)),
    ),
  ]);
}

/** The card of `role` as SVG (without its alt text: roleImage adds it). Throws for text no font here has. */
export async function cardSvg(role: Role, l: Labels, locale: string, t: CardTheme): Promise<string> {
  const { default: satori } = await import('satori');
  const { width, height } = CARD_SIZE;
  const content = cardContent(role, l, locale, t);
  const { fonts, family } = fontsFor(textOf(content));
  const tree = el('div', { display: 'flex', boxSizing: 'border-box', width, height, background: t.surface, color: t.text, fontFamily: family, borderTop: `16px solid ${t.accent}` }, [content]);
  // satori asks for an asset for each text no font has: that text would be drawn as boxes.
  const unresolved: string[] = [];
  const svg = await satori(tree as never, {
    width,
    height,
    fonts,
    loadAdditionalAsset: async (_code: string, segment: string) => (unresolved.push(segment), []),
  });
  const missing = visibleCharacters(unresolved);
  if (missing.length) {
    throw new Error(`The card cannot draw ${missing.slice(0, 12).join(' ')}${missing.length > 12 ? ' …' : ''}: it has fonts for ${SCRIPTS} only (not CJK, emoji or other scripts).`);
  }
  return svg;
}
