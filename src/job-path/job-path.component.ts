import { nothing, type TemplateResult } from 'lit';
import { RoleElement } from '../core/role-element.js';
import { baseStyles } from '../core/styles.js';
import { profileViews } from '../job-profile/views.js';
import type { Role } from '../schema/types.js';

/**
 * @tagname job-path
 * @summary The steps into the job, in order, with their sub-steps.
 *
 * @csspart card - The card (`section` inside `<job-profile>`).
 * @csspart heading - The heading and each step's title.
 * @csspart step - One step or sub-step.
 */
export class JobPathElement extends RoleElement {
  static override styles = baseStyles;

  static override loadView = () => profileViews.load();
  static override viewStyles = () => profileViews.module?.jobPath.styles;

  protected override hasSection(role: Role): boolean {
    return !!role.path;
  }

  protected renderRole(role: Role): TemplateResult | typeof nothing {
    return profileViews.module ? profileViews.module.jobPath.renderPath(this.viewContext, role) : nothing;
  }
}
