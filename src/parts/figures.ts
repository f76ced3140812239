import { html, type TemplateResult } from 'lit';
import { formatMoney } from '../core/format.js';
import { lazyView } from '../core/view.js';
import type { RoleSalary } from '../schema/types.js';
import type { FigureContext } from './figure-context.js';

/**
 * What of the figures the main module keeps: the range graphic's loader (elements showing a salary load
 * it with such a role) and the amount, which the card's view shows too. (Through the amount, the
 * formatting code stays in the main module: otherwise only chunks would import it, and it would become a
 * chunk of its own, one more round trip after each of theirs.) The figures themselves are in
 * ./figure-views.ts, which only view chunks import.
 */

/** An amount with its period set apart: the amount never wraps, the period is smaller. */
export function renderAmount({ l, locale }: FigureContext, s: Pick<RoleSalary, 'amount' | 'currency' | 'period'>): TemplateResult {
  return html`<span class="amount">${formatMoney(s.amount, s.currency, locale)}</span> <span class="per">${l.period(s.period)}</span>`;
}

/**
 * The salary range (a graphic and the percentiles), for roles whose salary has percentiles: its own
 * chunk, which the elements showing a salary load with such a role (`prepare`), before showing it.
 */
export const rangeView = lazyView(() => import('./range.js'));
