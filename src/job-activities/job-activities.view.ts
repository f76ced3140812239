import { html, type TemplateResult } from 'lit';
import type { ViewContext } from '../core/role-element.js';
import type { Role } from '../schema/types.js';

/** Each activity, a title and a description. */
export function renderActivities({ l, heading, frame }: ViewContext, role: Role): TemplateResult {
  return frame(
    l.activities,
    html`<ul class="plain">
      ${role.activities!.map((a) => html`<li part="activity">${heading(1, a.title)}<p>${a.text}</p></li>`)}
    </ul>`,
  );
}
