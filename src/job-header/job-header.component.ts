import { css, html, nothing, type TemplateResult } from 'lit';
import { formatList } from '../core/format.js';
import { RoleElement } from '../core/role-element.js';
import { baseStyles } from '../core/styles.js';
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
  static override styles = [
    baseStyles,
    css`
      :is(.card, .section) > :is(h1, h2, h3, h4, h5, h6) {
        font-size: 1.5em;
      }
    `,
  ];

  protected renderRole(role: Role): TemplateResult {
    const l = this.l;
    return html`<section part=${this.embedded ? 'section' : 'card'} class=${this.embedded ? 'section' : 'card'} lang=${l.lang}>
      ${this.heading(0, role.title)}
      ${role.alsoKnownAs ? html`<p class="muted">${l.alsoKnownAs}: ${formatList(role.alsoKnownAs, l.lang)}</p>` : nothing}
      <p>${role.summary}</p>
    </section>`;
  }
}
