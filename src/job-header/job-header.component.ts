import { nothing, type TemplateResult } from 'lit';
import { RoleElement } from '../core/role-element.js';
import { baseStyles } from '../core/styles.js';
import { profileViews } from '../job-profile/views.js';
import type { Role } from '../schema/types.js';

/**
 * @tagname job-header
 * @summary The role's title block: its title, the other titles it goes by and what the job is, for a
 * layout composed of parts (inside a `<job-profile>`) or on its own.
 *
 * @csspart card - The box (`section` inside `<job-profile>`).
 * @csspart heading - The title.
 */
export class JobHeaderElement extends RoleElement {
  static override styles = baseStyles;

  static override loadView = () => profileViews.load();
  static override viewStyles = () => profileViews.module?.jobHeader.styles;

  protected renderRole(role: Role): TemplateResult | typeof nothing {
    return profileViews.module ? profileViews.module.jobHeader.renderHeader(this.viewContext, this.embedded, role) : nothing;
  }
}
