import { nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { RoleElement } from '../core/role-element.js';
import { baseStyles } from '../core/styles.js';
import { profileViews } from '../job-profile/views.js';
import type { Role } from '../schema/types.js';

/** `limit`: a whole number above 0; anything else means no limit. */
const limitConverter = {
  fromAttribute(value: string | null): number | undefined {
    const n = Number(value);
    return value !== null && Number.isInteger(n) && n > 0 ? n : undefined;
  },
};

/**
 * @tagname skill-list
 * @summary The skills to learn, with descriptions and optional links; a compact chip variant; a
 * `limit` with a disclosure that shows the rest.
 *
 * @csspart card - The card (`section` inside `<job-profile>`).
 * @csspart heading - The heading.
 * @csspart skill - One skill.
 * @csspart toggle - The `<summary>` that shows all skills or fewer (its disclosure opens without JavaScript too).
 */
export class SkillListElement extends RoleElement {
  static override styles = [baseStyles];

  static override properties: PropertyDeclarations = {
    variant: { reflect: true },
    limit: { converter: limitConverter },
  };

  /** `list` (default): names and descriptions; `chips`: names only, in a compact row. */
  variant: 'list' | 'chips' = 'list';

  /** Show only the first N skills, with a disclosure (`<details>`) for the rest: it opens without JavaScript too. */
  limit?: number;

  protected override hasSection(role: Role): boolean {
    return !!role.skills;
  }

  static override loadView = () => profileViews.load();
  static override viewStyles = () => profileViews.module?.skillList.styles;

  protected renderRole(role: Role): TemplateResult | typeof nothing {
    const context = { ...this.viewContext, variant: this.variant, limit: this.limit };
    return profileViews.module ? profileViews.module.skillList.renderSkills(context, role) : nothing;
  }
}
