/** Number and date formatting, all through `Intl`. Formatters are cached per locale and options. */
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>(key: string, make: () => T): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) cache.set(key, (formatter = make()));
  return formatter;
}

export function formatMoney(amount: number, currency: string, locale: string): string {
  const whole = Number.isInteger(amount);
  return cached(
    `money|${locale}|${currency}|${whole}`,
    () =>
      new Intl.NumberFormat(locale, {
        style: 'currency',
        currency,
        minimumFractionDigits: whole ? 0 : 2,
        maximumFractionDigits: whole ? 0 : 2,
      }),
  ).format(amount);
}

/** A change in percent (22 → "+22%"); a decline keeps its minus sign. */
export function formatChange(percent: number, locale: string): string {
  return cached(
    `change|${locale}`,
    () => new Intl.NumberFormat(locale, { style: 'percent', signDisplay: 'exceptZero', maximumFractionDigits: 1 }),
  ).format(percent / 100);
}

/** An unsigned percent: 22 → "22%". */
export function formatPercent(percent: number, locale: string): string {
  return cached(`percent|${locale}`, () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 })).format(
    percent / 100,
  );
}

export function formatCount(count: number, locale: string): string {
  return cached(`count|${locale}`, () => new Intl.NumberFormat(locale)).format(count);
}

const yearStart = (year: number, month = 1) => new Date(Date.UTC(year, month - 1, 1));

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

/** "2024" → "2024"; "2024-05" → "May 2024". */
export function formatAsOf(asOf: string, locale: string): string {
  const [year, month] = asOf.split('-').map(Number) as [number, number | undefined];
  const options: Intl.DateTimeFormatOptions = month
    ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
    : { year: 'numeric', timeZone: 'UTC' };
  return cached(`asof|${locale}|${month ? 'm' : 'y'}`, () => new Intl.DateTimeFormat(locale, options)).format(
    yearStart(year, month),
  );
}

/** ["A", "B", "C"] → "A, B, and C" (or the locale's way). */
export function formatList(items: readonly string[], locale: string): string {
  if (!Intl.ListFormat) return items.join(', ');
  return cached(`list|${locale}`, () => new Intl.ListFormat(locale, { type: 'conjunction' })).format(items);
}
