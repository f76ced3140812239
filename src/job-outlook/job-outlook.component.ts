import { html, nothing, type TemplateResult } from 'lit';
import { RoleElement } from '../core/role-element.js';
import { baseStyles, figureStyles } from '../core/styles.js';
import { renderGrowth, renderOpenings } from '../parts/figures.js';
import type { Role } from '../schema/types.js';

/**
 * @tagname job-outlook
 * @summary Projected growth (a decline reads as a decline) and openings, each with its period and source.
 *
 * @csspart card - The card (`section` inside `<job-profile>`).
 * @csspart heading - The heading.
 * @csspart figure - One figure with its label, value and source.
 * @csspart figure-value - The number of a figure.
 * @csspart source - The source and date of a figure.
 */
export class JobOutlookElement extends RoleElement {
  static override styles = [baseStyles, figureStyles];

  protected override hasSection(role: Role): boolean {
    return !!(role.growth || role.openings);
  }

  protected renderRole(role: Role): TemplateResult {
    const c = { l: this.l, locale: this.resolvedLocale };
    return this.frame(
      c.l.outlookHeading,
      html`<dl class="figures">
        ${role.growth ? renderGrowth(c, role.growth) : nothing} ${role.openings ? renderOpenings(c, role.openings) : nothing}
      </dl>`,
    );
  }
}
