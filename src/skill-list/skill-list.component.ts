import { css, html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { RoleElement } from '../core/role-element.js';
import { baseStyles } from '../core/styles.js';
import type { Role, RoleSkill } from '../schema/types.js';

/** `limit`: a whole number above 0; anything else means no limit. */
const limitConverter = {
  fromAttribute(value: string | null): number | undefined {
    const n = Number(value);
    return value !== null && Number.isInteger(n) && n > 0 ? n : undefined;
  },
};

/** The list's id, for the toggle's aria-controls (the shadow root scopes it; a counter would make server output vary). */
const LIST_ID = 'skills';

/**
 * @tagname skill-list
 * @summary The skills to learn, with descriptions and optional links; a compact chip variant; a
 * `limit` with a control that shows the rest.
 *
 * @csspart card - The card (`section` inside `<job-profile>`).
 * @csspart heading - The heading.
 * @csspart skill - One skill.
 * @csspart toggle - The button that shows all skills or fewer.
 */
export class SkillListElement extends RoleElement {
  static override styles = [
    baseStyles,
    css`
      .skills {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
        gap: calc(var(--_space) * 0.75) var(--_space);
      }
      dt {
        font-weight: 700;
      }
      .chips {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
        list-style: none;
        padding: 0;
      }
      .chips li {
        border: 1px solid var(--_border);
        border-radius: 999px;
        padding: 0.125em 0.75em;
      }
      button {
        margin-block-start: calc(var(--_space) * 0.75);
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    variant: { reflect: true },
    limit: { converter: limitConverter },
    expanded: { state: true, attribute: false },
  };

  /** `list` (default): names and descriptions; `chips`: names only, in a compact row. */
  variant: 'list' | 'chips' = 'list';

  /** Show only the first N skills, with a button for the rest. */
  limit?: number;

  private expanded = false;

  protected override hasSection(role: Role): boolean {
    return !!role.skills;
  }

  #renderName(s: RoleSkill) {
    return s.url ? html`<a href=${s.url}>${s.name}</a>` : s.name;
  }

  protected renderRole(role: Role): TemplateResult {
    const l = this.l;
    const all = role.skills ?? [];
    const limited = this.limit !== undefined && all.length > this.limit;
    const shown = limited && !this.expanded ? all.slice(0, this.limit) : all;
    return this.frame(
      l.skills,
      html`${this.variant === 'chips'
          ? html`<ul id=${LIST_ID} class="chips">${shown.map((s) => html`<li part="skill">${this.#renderName(s)}</li>`)}</ul>`
          : html`<dl id=${LIST_ID} class="skills">
              ${shown.map(
                (s) => html`<div part="skill">
                  <dt>${this.#renderName(s)}</dt>
                  <dd>${s.description}</dd>
                </div>`,
              )}
            </dl>`}
        ${limited
          ? html`<button part="toggle" type="button" aria-expanded=${this.expanded} aria-controls=${LIST_ID} @click=${this.#toggle}>
              ${this.expanded ? l.showFewer : l.showAll(all.length)}
            </button>`
          : nothing}`,
    );
  }

  #toggle(): void {
    this.expanded = !this.expanded;
  }
}
