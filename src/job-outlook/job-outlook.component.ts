import { nothing, type TemplateResult } from 'lit';
import { RoleElement } from '../core/role-element.js';
import { baseStyles, figureStyles } from '../core/styles.js';
import { profileViews } from '../job-profile/views.js';
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

  static override loadView = () => profileViews.load();
  static override viewStyles = () => profileViews.module?.jobOutlook.styles;

  protected renderRole(role: Role): TemplateResult | typeof nothing {
    return profileViews.module ? profileViews.module.jobOutlook.renderOutlook(this.viewContext, role) : nothing;
  }
}
