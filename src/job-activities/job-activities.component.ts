import { html, type TemplateResult } from 'lit';
import { RoleElement } from '../core/role-element.js';
import { baseStyles } from '../core/styles.js';
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

  protected renderRole(role: Role): TemplateResult {
    return this.frame(
      this.l.activities,
      html`<ul class="plain">
        ${role.activities!.map((a) => html`<li part="activity">${this.heading(1, a.title)}<p>${a.text}</p></li>`)}
      </ul>`,
    );
  }
}
