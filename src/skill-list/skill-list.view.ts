import { css, html, nothing, type TemplateResult } from 'lit';
import type { ViewContext } from '../core/role-element.js';
import type { Role, RoleSkill } from '../schema/types.js';

/** The list's id, for the toggle's aria-controls (the shadow root scopes it; a counter would make server output vary). */
const LIST_ID = 'skills';

/** The list's own CSS (after the shared styles). */
export const styles = css`
      /* (Here, with the only views that draw buttons, not in the main module's shared styles.) */
      button {
        font: inherit;
        color: inherit;
        background: transparent;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        padding: 0.25em 0.75em;
        cursor: pointer;
      }
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
    `;

/** What the skill list's view needs from its element. */
export interface SkillContext extends ViewContext {
  variant: 'list' | 'chips';
  limit: number | undefined;
  expanded: boolean;
  toggle: () => void;
}

function renderName(s: RoleSkill) {
  return s.url ? html`<a href=${s.url}>${s.name}</a>` : s.name;
}

/** The skills, as a list or chips, the first `limit` of them with a button for the rest. */
export function renderSkills({ l, variant, limit, expanded, toggle, frame }: SkillContext, role: Role): TemplateResult {
  const all = role.skills ?? [];
  const limited = limit !== undefined && all.length > limit;
  const shown = limited && !expanded ? all.slice(0, limit) : all;
  return frame(
    l.skills,
    html`${variant === 'chips'
        ? html`<ul id=${LIST_ID} class="chips">${shown.map((s) => html`<li part="skill">${renderName(s)}</li>`)}</ul>`
        : html`<dl id=${LIST_ID} class="skills">
            ${shown.map(
              (s) => html`<div part="skill">
                <dt>${renderName(s)}</dt>
                <dd>${s.description}</dd>
              </div>`,
            )}
          </dl>`}
      ${limited
        ? html`<button part="toggle" type="button" aria-expanded=${expanded} aria-controls=${LIST_ID} @click=${toggle}>
            ${expanded ? l.showFewer : l.showAll(all.length)}
          </button>`
        : nothing}`,
  );
}
