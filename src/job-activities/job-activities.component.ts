import { nothing, type TemplateResult } from 'lit';
import { RoleElement } from '../core/role-element.js';
import { baseStyles } from '../core/styles.js';
import { profileViews } from '../job-profile/views.js';
import type { Role } from '../schema/types.js';

/**
 * @tagname job-activities
 * @summary What the job looks like day to day: each activity with a title and a description.
 *
 * @csspart card - The card (`section` inside `<job-profile>`).
 * @csspart heading - The heading and each activity's title.
 * @csspart activity - One activity.
 */
export class JobActivitiesElement extends RoleElement {
  static override styles = baseStyles;

  protected override hasSection(role: Role): boolean {
    return !!role.activities;
  }

  static override loadView = () => profileViews.load();

  protected renderRole(role: Role): TemplateResult | typeof nothing {
    return profileViews.module ? profileViews.module.jobActivities.renderActivities(this.viewContext, role) : nothing;
  }
}
