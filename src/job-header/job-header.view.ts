import { css, html, nothing, type TemplateResult } from 'lit';
import { formatList } from '../core/format.js';
import type { ViewContext } from '../core/role-element.js';
import type { Role } from '../schema/types.js';

/** The header's own CSS (after the shared styles). */
export const styles = css`
  :is(.card, .section) > :is(h1, h2, h3, h4, h5, h6) {
    font-size: 1.5em;
  }
`;

/** The title, other titles and summary: a card of its own, or a section inside a profile's layout. */
export function renderHeader({ l, heading }: ViewContext, embedded: boolean, role: Role): TemplateResult {
  return html`<section part=${embedded ? 'section' : 'card'} class=${embedded ? 'section' : 'card'} lang=${l.lang}>
    ${heading(0, role.title)}
    ${role.alsoKnownAs ? html`<p class="muted">${l.alsoKnownAs}: ${formatList(role.alsoKnownAs, l.lang)}</p>` : nothing}
    <p>${role.summary}</p>
  </section>`;
}
