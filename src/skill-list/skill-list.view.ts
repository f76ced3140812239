import { css, html, nothing, type TemplateResult } from 'lit';
import type { ViewContext } from '../core/role-element.js';
import type { Role, RoleSkill } from '../schema/types.js';
import { styles as faqStyles } from '../job-faq/job-faq.view.js';

/** The list's own CSS (after the shared styles). */
export const styles = css`
      ${faqStyles}
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
      /* The rest of the skills: a native disclosure drawn as the FAQ's, so it opens without JavaScript
         too (a prerendered card). Its label says what it does next. */
      [open] .all,
      details:not([open]) .fewer {
        display: none;
      }
    `;

/** What the skill list's view needs from its element. */
export interface SkillContext extends ViewContext {
  variant: 'list' | 'chips';
  limit: number | undefined;
}

function renderName(s: RoleSkill) {
  return s.url ? html`<a href=${s.url}>${s.name}</a>` : s.name;
}

/** The skills, as a list or chips, the first `limit` of them with a disclosure for the rest. */
export function renderSkills({ l, variant, limit, frame }: SkillContext, role: Role): TemplateResult {
  const all = role.skills ?? [];
  const cut = Math.min(limit ?? all.length, all.length);
  const list = (skills: RoleSkill[]) =>
    variant === 'chips'
      ? html`<ul class="chips">${skills.map((s) => html`<li part="skill">${renderName(s)}</li>`)}</ul>`
      : html`<dl class="skills">
          ${skills.map(
            (s) => html`<div part="skill">
              <dt>${renderName(s)}</dt>
              <dd>${s.description}</dd>
            </div>`,
          )}
        </dl>`;
  return frame(
    l.skills,
    html`${list(all.slice(0, cut))}
    ${cut < all.length
      ? html`<details>
          <summary part="toggle"><span class="all">${l.showAll(all.length)}</span><span class="fewer">${l.showFewer}</span></summary>
          ${list(all.slice(cut))}
        </details>`
      : nothing}`,
  );
}
