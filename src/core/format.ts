/** Number and date formatting, all through `Intl`. Formatters are cached per locale and options. */
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>(key: string, make: () => T): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) cache.set(key, (formatter = make()));
  return formatter;
}

export function formatMoney(amount: number, currency: string, locale: string): string {
  const digits = Number.isInteger(amount) ? 0 : 2;
  return cached(
    `money|${locale}|${currency}|${digits}`,
    () => new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits }),
  ).format(amount);
}

/**
 * A change as it is shown, to one decimal: -0.04 → -0, which labels and `formatChange` read as 0 (the
 * "exceptZero" sign never prints "-0%"). Labels take this value, so a figure that prints "0%" is never
 * called a decline.
 */
export const shownChange = (percent: number): number => +percent.toFixed(1);

/**
 * A change in percent (22 → "+22%"); a decline keeps its minus sign. A change that rounds to nothing
 * but is not nothing (-0.04) reads `nearZero` ("Little or no change") when given, not "0%".
 */
export function formatChange(percent: number, locale: string, nearZero?: string): string {
  const shown = shownChange(percent);
  return percent && !shown && nearZero
    ? nearZero
    : cached(
        `change|${locale}`,
        () => new Intl.NumberFormat(locale, { style: 'percent', signDisplay: 'exceptZero', maximumFractionDigits: 1 }),
      ).format(shown / 100);
}

export function formatCount(count: number, locale: string): string {
  return cached(`count|${locale}`, () => new Intl.NumberFormat(locale)).format(count);
}

/**
 * 2020, 2030 → "2020–2030": the years in the locale's digits, joined by an en dash that a line never
 * breaks after. (Not
 * `DateTimeFormat.formatRange`, whose spacing differs between ICU versions, so a card rendered on the
 * server would differ from the same card rendered by the browser.)
 */
export function formatYears(from: number, to: number, locale: string): string {
  const years = cached(`years|${locale}`, () => new Intl.NumberFormat(locale, { useGrouping: false }));
  return `${years.format(from)}–\u2060${years.format(to)}`; // (a word joiner: a narrow card never breaks the range)
}

/**
 * "2024" → "2024"; "2024-05" → "May 2024". Always in the Gregorian calendar, whatever the locale's own
 * (th-TH: Buddhist, fa-IR: Persian, `-u-ca-japanese`): the data's dates are Gregorian, and so are the
 * periods beside them. The locale still chooses the digits and the month's name.
 */
export function formatAsOf(asOf: string, locale: string): string {
  const [year, month] = asOf.split('-').map(Number) as [number, number | undefined];
  return cached(
    `asof|${locale}|${!month}`,
    () => new Intl.DateTimeFormat(locale, { year: 'numeric', month: month ? 'long' : undefined, timeZone: 'UTC', calendar: 'gregory' }),
  ).format(Date.UTC(year, (month ?? 1) - 1));
}

/**
 * ["A", "B", "C"] → "A, B, and C" (or the locale's way). (Every browser with `color-mix()`, which the
 * styles need, has `Intl.ListFormat`.)
 */
export function formatList(items: readonly string[], locale: string): string {
  return cached(`list|${locale}`, () => new Intl.ListFormat(locale, { type: 'conjunction' })).format(items);
}
