/**
 * What a comparison of roles computes, without Lit: the pay scale every role's pay is drawn on. The
 * live element's view and the comparison image (src/images/compare.ts) both use it, so the two draw
 * alike. (The notes stay in the view: moved here they cost its chunk some 25 bytes gzip in mangled
 * names; the image writes its own shorter note from the same labels.)
 */
import type { Role, RoleSalary } from '../schema/types.js';

/** Values in first-seen order, without repeats. */
export const distinct = <T>(values: (T | undefined)[]): T[] => [...new Set(values.filter((v): v is T => v !== undefined))];

/** A round number at or above `n` (two significant digits): the end of the pay scale. */
export function roundUp(n: number): number {
  if (n <= 0) return 1;
  const step = 10 ** Math.max(0, Math.floor(Math.log10(n)) - 1);
  return Math.ceil(n / step) * step;
}

/** Pay on one scale: the salaries' common unit (a year, unless every one is hourly) and the scale's end. */
export function payScale(roles: Role[]) {
  const salaries = roles.map((r) => r.salary).filter((s): s is RoleSalary => !!s);
  const currencies = distinct(salaries.map((s) => s.currency));
  const unit: 'hour' | 'year' = salaries.every((s) => s.period === 'hour') ? 'hour' : 'year';
  // (An hourly wage times 2,080 hours, as the BLS annualizes it.)
  const scaled = (s: RoleSalary, amount: number) => amount * (s.period === unit ? 1 : 2080);
  const high = roundUp(Math.max(0, ...salaries.map((s) => scaled(s, s.percentiles?.p90 ?? s.amount))));
  return { currencies, unit, scaled, high, drawn: salaries.length > 0 && currencies.length === 1 };
}
