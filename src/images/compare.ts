/**
 * The comparison image: what `<job-compare>` shows, for places that run no script (social previews,
 * Markdown, newsletters), laid out by satori in the role card's frame, fonts and themes (card.ts), in
 * the card's two sizes:
 * - `social` (1200 × 630): a column per role (two to four), in rows that line up across the columns:
 *   the titles, the pay, the projected change in jobs. Each figure has its label, value, source and
 *   date, and a bar on a scale the roles share (pay from zero; growth from the lowest change to the
 *   highest, zero included, a decline in grey). A note under them when the figures differ in date,
 *   period, source, region, kind or currency.
 * - `compact` (600 px wide, as tall as its content): stacked by fact (pay, then growth: every role's
 *   value under its name), every text at least 22 px, so at least 12 CSS px when a phone shows it
 *   343 px wide: the compact card's rule.
 * A role without a figure says so in words. Every text is clamped or broken so that nothing leaves the
 * image, whatever its length; text no font here can draw is refused (see card.ts).
 */
import { formatAsOf, formatChange, formatList, formatMoney, formatYears, shownChange } from '../core/format.js';
import type { CompareLabels, Labels } from '../i18n/en.js';
import { missingFigure } from '../i18n/en-card.js';
import { compareLabelsOf } from '../i18n/en-compare.js';
import { labelLanguage, loadLabels } from '../i18n/labels.js';
import { distinct, payScale } from '../job-compare/compare-facts.js';
import type { Role, RoleComparison } from '../schema/types.js';
import { CARD_SIZE, COMPACT_WIDTH, clamped, drawFramed, el, oneLine, textOf, type CardSize, type CardTheme, type Node } from './card.js';
import { THEMES, growthPhrase, labelled, salaryPhrase, svgSize, textSizes, type RoleImage } from './common.js';
import { oneLine as oneLineText, xmlSafe, xmlSafeDeep } from './text.js';

export interface CompareImageOptions {
  theme?: 'light' | 'dark' | undefined;
  /** BCP 47 language tag for the labels and the numbers; default `en-US`. */
  lang?: string | undefined;
  /** `social` (1200 × 630, the default) or `compact` (600 px wide, as tall as its content). */
  size?: CardSize | undefined;
}

/** How many roles a comparison image shows: as many as `<job-compare>`. */
export const COMPARE_ROLES = { min: 2, max: 4 } as const;

/**
 * The social image's measures (px) by the number of columns: the text gets smaller as the columns get
 * narrower. `source`: the sources' size and lines (a source with its date takes three lines in four
 * columns); a label (what a figure is) takes two lines at most. The content area is 1088 × 568 px.
 */
const SOCIAL = {
  margin: '30px 56px 32px',
  heading: 40,
  note: 21,
  gap: { 2: 48, 3: 36, 4: 28 },
  title: { 2: 38, 3: 30, 4: 25 },
  titleLines: { 2: 2, 3: 3, 4: 3 },
  label: { 2: 24, 3: 22, 4: 20 },
  value: { 2: 56, 3: 46, 4: 38 },
  per: { 2: 24, 3: 22, 4: 19 },
  source: { 2: 21, 3: 20, 4: 18 },
  sourceLines: { 2: 2, 3: 2, 4: 3 },
  none: { 2: 26, 3: 24, 4: 21 },
} as const;

/** The compact image's measures (px): 536 px of content width; nothing under 22 px. */
const COMPACT = { margin: '24px 32px 32px', heading: 36, fact: 30, title: 26, value: 40, per: 24, small: 22, none: 24 } as const;

type Columns = 2 | 3 | 4;

/** The labels of the image: the comparison's, the card's, the locale. */
interface Ctx {
  l: Labels;
  c: CompareLabels;
  locale: string;
  t: CardTheme;
}

/**
 * The notes on figures that are not alike, for the image: those of the element's view for the facts
 * the image shows (pay and growth, not openings), in the same words. A role with no figure at all says
 * so in its own place.
 */
function notes({ c, locale }: Ctx, roles: Role[]): string[] {
  const list = (items: string[]) => formatList(items, locale);
  const salaries = roles.map((r) => r.salary);
  const growths = roles.map((r) => r.growth);
  // First the figures that are a wider group's (their notes), each note once with the roles it is of:
  // the figures alone would not say so.
  const byNote = new Map<string, string[]>();
  for (const r of roles) for (const note of distinct([r.salary?.note, r.growth?.note])) byNote.set(note, [...(byNote.get(note) ?? []), r.title]);
  const out: string[] = [...byNote].map(([note, titles]) => `${list(titles)}: ${note}.`);
  const dates = distinct(salaries.map((s) => s?.asOf));
  if (dates.length > 1) out.push(c.differentDates(list(dates.sort().map((d) => formatAsOf(d, locale)))));
  const periods = distinct(growths.map((g) => g && formatYears(g.period.from, g.period.to, locale)));
  if (periods.length > 1) out.push(c.differentPeriods(list(periods.sort())));
  for (const [fact, values] of [[c.pay, salaries], [c.growth, growths]] as const) {
    const sources = distinct(values.map((f) => f?.source.name));
    if (sources.length > 1) out.push(c.differentSources(fact, list(sources)));
  }
  const regions = distinct(roles.flatMap((r) => [r.salary?.region, r.growth?.region]));
  if (regions.length > 1) out.push(c.differentRegions(list(regions)));
  if (distinct(salaries.map((s) => s?.kind)).length > 1) out.push(c.differentKinds);
  const currencies = distinct(salaries.map((s) => s?.currency));
  if (currencies.length > 1) out.push(c.differentCurrencies(list(currencies)));
  return out;
}

/** What each role's figures say, in the words both sizes show. */
interface Figure {
  /** What the figure is: "Median salary (US)", "Job growth, 2024–2034"; "Salary" when there is none. */
  label: string;
  /** The value and what follows it ("a year"), or undefined when the role has no such figure. */
  value?: string;
  per?: string | undefined;
  source?: string;
  /** The bar on the shared scale, in percent of its track: from, to (to < from never), and the zero line. */
  bar?: { from: number; to: number; zero?: number; decline?: boolean } | undefined;
  /** The words saying that the role has no such figure. */
  none?: string;
}

function figures(x: Ctx, roles: Role[]): { pay: Figure[]; growth: Figure[] } {
  const { l, locale } = x;
  const scale = payScale(roles);
  const percents = roles.map((r) => r.growth?.percent ?? 0);
  const low = Math.min(0, ...percents);
  const high = Math.max(0, ...percents);
  const at = (value: number) => ((value - low) / (high - low || 1)) * 100;
  const pay = roles.map((role): Figure => {
    const s = role.salary;
    if (!s) return { label: l.salaryHeading, none: missingFigure(l, 'salary') };
    return {
      label: s.region ? l.region(l.salary(s.kind), s.region) : l.salary(s.kind),
      value: formatMoney(s.amount, s.currency, locale),
      per: l.phrasePeriod(s.period),
      source: `${l.source}: ${s.asOf ? `${s.source.name}, ${l.asOf(formatAsOf(s.asOf, locale))}` : s.source.name}`,
      // (Pay in different currencies is on no common scale: no bar, and a note says why.)
      bar: scale.drawn ? { from: 0, to: Math.min(100, (scale.scaled(s, s.amount) / scale.high) * 100) } : undefined,
    };
  });
  const growth = roles.map((role): Figure => {
    const g = role.growth;
    if (!g) return { label: l.growthShort(1), none: missingFigure(l, 'growth') };
    const [zero, end] = [at(0), at(g.percent)];
    return {
      label: `${l.growthShort(shownChange(g.percent))}, ${formatYears(g.period.from, g.period.to, locale)}`,
      value: formatChange(g.percent, locale, l.littleChange),
      source: `${l.source}: ${g.source.name}`,
      bar: { from: Math.min(zero, end), to: Math.max(zero, end), zero, decline: g.percent < 0 },
    };
  });
  return { pay, growth };
}

/**
 * The font size that fits `value` and `per` on one line `width` px wide: `max`, smaller for a long
 * amount, never under `min` (a value wider still wraps, never leaves its box). An estimate from the
 * character count, as the card's (Inter's bold digits average under 0.6 em, its text under 0.55 em).
 */
function fitted(value: string, per: string | undefined, width: number, max: number, perSize: number, min: number): number {
  const perWidth = per ? 10 + [...per].length * perSize * 0.55 : 0;
  return Math.max(min, Math.min(max, Math.floor((width - perWidth) / ([...value].length * 0.6))));
}

/** A bar on a shared scale: the track, the figure's span (grey for a decline) and the zero line where there is one. */
function bar({ t }: Ctx, b: NonNullable<Figure['bar']>, height: number, margin: string): Node {
  const span = Math.max(b.to - b.from, 0.6);
  return el('div', { display: 'flex', position: 'relative', height, margin, background: t.chip, borderRadius: height / 2, flexShrink: 0 }, [
    el('div', { position: 'absolute', top: 0, left: `${Math.min(b.from, 100 - span)}%`, width: `${span}%`, height, background: b.decline ? t.muted : t.accent, borderRadius: height / 2 }),
    ...(b.zero === undefined ? [] : [el('div', { position: 'absolute', top: -4, left: `${b.zero}%`, marginLeft: b.zero > 50 ? -2 : 0, width: 2, height: height + 8, background: t.text })]),
  ]);
}

/** The value (at `size` px) and what follows it, on one line when they fit, the value's own line otherwise. */
function valueLine(x: Ctx, f: Figure, size: number, perSize: number): Node {
  return el('div', { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', minWidth: 0, lineHeight: 1.2, flexShrink: 0 }, [
    el('span', { fontSize: size, fontWeight: 700, overflowWrap: 'anywhere', minWidth: 0, marginRight: 10 }, f.value),
    ...(f.per ? [el('span', { fontSize: perSize, color: x.t.muted, whiteSpace: 'nowrap' }, f.per)] : []),
  ]);
}

/** The social image: a row of titles, a row of pay, a row of growth (a column per role), the note. */
function socialContent(x: Ctx, roles: Role[], heading: string, lines: string[]): Node {
  const { t } = x;
  const n = Math.min(4, Math.max(2, roles.length)) as Columns;
  const gap = SOCIAL.gap[n];
  const inner = Math.floor((CARD_SIZE.width - 2 * 56 - (n - 1) * gap) / n);
  const { pay, growth } = figures(x, roles);
  const row = (cells: Node[], style: Record<string, unknown> = {}) => el('div', { display: 'flex', gap, flexShrink: 0, ...style }, cells);
  const cell = (children: Node[]) => el('div', { display: 'flex', flexDirection: 'column', flexBasis: 0, flexGrow: 1, flexShrink: 1, minWidth: 0 }, children);
  const rule = () => el('div', { height: 2, background: t.border, flexShrink: 0 });
  const small = (size: number) => ({ fontSize: size, color: t.muted, lineHeight: 1.25 });
  // One value size a row, the size that fits its longest value: the values of a row compare at a glance.
  const valueSize = (facts: Figure[]) => Math.min(...facts.map((f) => (f.value === undefined ? Infinity : fitted(f.value, f.per, inner, SOCIAL.value[n], SOCIAL.per[n], SOCIAL.source[n] + 4))));
  const fact = (size: number) => (f: Figure) =>
    cell(
      f.value === undefined
        ? [el('div', { ...small(SOCIAL.label[n]), ...clamped(2) }, f.label), el('div', { ...small(SOCIAL.none[n]), marginTop: 8, ...clamped(3) }, f.none)]
        : [
            el('div', { ...small(SOCIAL.label[n]), ...clamped(2) }, f.label),
            valueLine(x, f, size, SOCIAL.per[n]),
            ...(f.bar ? [bar(x, f.bar, 12, '6px 0 10px')] : []),
            el('div', { ...small(SOCIAL.source[n]), ...clamped(SOCIAL.sourceLines[n]) }, f.source),
          ],
    );
  return el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0, margin: SOCIAL.margin, overflow: 'hidden' }, [
    // One line: smaller for a longer heading, cut with an ellipsis past that (the columns name every role).
    el('div', { fontSize: Math.max(30, Math.min(SOCIAL.heading, Math.floor(1088 / ([...heading].length * 0.58)))), fontWeight: 700, lineHeight: 1.2, flexShrink: 0, ...oneLine }, heading),
    // The rows share the height left, their content at the top of each: the rows line up across the columns.
    el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'space-evenly', minHeight: 0 }, [
      row(roles.map((role) => cell([el('div', { fontSize: SOCIAL.title[n], fontWeight: 700, lineHeight: 1.15, ...clamped(SOCIAL.titleLines[n]) }, role.title)])), { alignItems: 'flex-end' }),
      rule(),
      row(pay.map(fact(valueSize(pay)))),
      rule(),
      row(growth.map(fact(valueSize(growth)))),
    ]),
    ...(lines.length
      ? [el('div', { ...small(SOCIAL.note), flexShrink: 0, borderLeft: `4px solid ${t.accent}`, paddingLeft: 12, ...clamped(2) }, lines.join(' '))]
      : []),
  ]);
}

/** The compact image: the heading, then each fact (pay, growth) with every role's value under its name, then the notes. */
function compactContent(x: Ctx, roles: Role[], heading: string, lines: string[]): Node {
  const { t, c } = x;
  const m = COMPACT;
  const width = COMPACT_WIDTH - 64;
  const { pay, growth } = figures(x, roles);
  const small = { fontSize: m.small, color: t.muted, lineHeight: 1.25 };
  const entry = (role: Role, f: Figure, first: boolean) =>
    el('div', { display: 'flex', flexDirection: 'column', flexShrink: 0, paddingTop: 12, marginTop: first ? 4 : 12, borderTop: `${first ? 2 : 1}px ${first ? 'solid' : 'dashed'} ${t.border}` }, [
      el('div', { fontSize: m.title, fontWeight: 700, lineHeight: 1.2, ...clamped(2) }, role.title),
      ...(f.value === undefined
        ? [el('div', { fontSize: m.none, color: t.muted, lineHeight: 1.25, marginTop: 4, ...clamped(3) }, f.none)]
        : [
            valueLine(x, f, fitted(f.value, f.per, width, m.value, m.per, m.small + 4), m.per),
            ...(f.bar ? [bar(x, f.bar, 14, '6px 0 10px')] : []),
            el('div', { ...small, ...clamped(2) }, f.label),
            el('div', { ...small, ...clamped(3) }, f.source),
          ]),
    ]);
  const section = (name: string, facts: Figure[]) =>
    el('div', { display: 'flex', flexDirection: 'column', flexShrink: 0, marginTop: 24 }, [
      el('div', { fontSize: m.fact, fontWeight: 700, color: t.accent, lineHeight: 1.2, ...clamped(2) }, name),
      ...roles.map((role, i) => entry(role, facts[i]!, i === 0)),
    ]);
  return el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0, margin: m.margin }, [
    el('div', { fontSize: m.heading, fontWeight: 700, lineHeight: 1.15, flexShrink: 0, ...clamped(4) }, heading),
    section(c.pay, pay),
    section(c.growth, growth),
    ...(lines.length
      ? [el('div', { ...small, flexShrink: 0, marginTop: 24, borderLeft: `4px solid ${t.accent}`, paddingLeft: 12, ...clamped(6) }, lines.join(' '))]
      : []),
  ]);
}

/** What the image of `roles` shows, as a layout tree inside its frame. */
function compareContent(roles: Role[], l: Labels, locale: string, t: CardTheme, size: CardSize): Node {
  const x: Ctx = { l, c: compareLabelsOf(l.compare), locale, t };
  const heading = x.c.heading(formatList(roles.map((r) => r.title), locale));
  const lines = notes(x, roles);
  return size === 'compact' ? compactContent(x, roles, heading, lines) : socialContent(x, roles, heading, lines);
}

/** The alt text: the heading, then a sentence per role with its figures and their sources, then the notes; one line. */
function compareAlt(roles: Role[], l: Labels, locale: string): string {
  const c = compareLabelsOf(l.compare);
  // (The figures' notes come after, each once, as the image shows them.)
  const sentences = roles.map((role) => `${role.title}: ${salaryPhrase(role, l, locale, false)}; ${growthPhrase(role, l, locale, false)}.`);
  const heading = c.heading(formatList(roles.map((r) => r.title), locale));
  // (Without the word joiners that keep a drawn "2024–2034" on one line: a screen reader needs none.)
  return oneLineText([`${heading}.`, ...sentences, ...notes({ l, c, locale, t: THEMES.light }, roles)].join(' ')).replace(/\u2060/g, '');
}

/** The roles of `comparison`, XML-safe, or an error when there are not two to four. */
function rolesOf(comparison: RoleComparison): Role[] {
  const roles = comparison?.roles;
  if (!Array.isArray(roles) || roles.length < COMPARE_ROLES.min || roles.length > COMPARE_ROLES.max) {
    throw new Error(`A comparison image shows ${COMPARE_ROLES.min} to ${COMPARE_ROLES.max} roles; got ${Array.isArray(roles) ? roles.length : 'none'}.`);
  }
  return roles.map((role) => xmlSafeDeep(role));
}

async function setup(comparison: RoleComparison, options: CompareImageOptions) {
  const locale = options.lang ?? 'en-US';
  const l = await loadLabels(labelLanguage(locale));
  const roles = rolesOf(comparison);
  const size = options.size ?? 'social';
  return { locale, l, roles, size, t: THEMES[options.theme ?? 'light'], content: compareContent(roles, l, locale, THEMES[options.theme ?? 'light'], size) };
}

/**
 * Two to four roles (validated) side by side as an image: `social` 1200 × 630 (the default) or
 * `compact` 600 px wide. Its alt text says every figure with its source; the SVG carries it as its
 * `aria-label` and `<title>`. Throws for fewer than two or more than four roles, and for text no font
 * here can draw.
 */
export async function compareImage(comparison: RoleComparison, options: CompareImageOptions = {}): Promise<RoleImage> {
  const { locale, l, roles, size, t, content } = await setup(comparison, options);
  const alt = compareAlt(roles, l, locale);
  const svg = labelled(await drawFramed(content, t, size, { what: 'comparison image' }), alt);
  return { svg: xmlSafe(svg), ...svgSize(svg), alt };
}

/** Every text of the comparison image with the font size it is drawn at (see `cardTextSizes`), and the image's width. */
export async function compareTextSizes(comparison: RoleComparison, options: CompareImageOptions = {}): Promise<{ width: number; texts: { text: string; size: number }[] }> {
  const { size, t, content } = await setup(comparison, options);
  const svg = await drawFramed(content, t, size, { text: true, what: 'comparison image' });
  return { width: svgSize(svg).width, texts: textSizes(svg) };
}

/** Every text the comparison image draws, in order: for tests and checks that read what it says. */
export async function compareText(comparison: RoleComparison, options: CompareImageOptions = {}): Promise<string> {
  return textOf((await setup(comparison, options)).content);
}
