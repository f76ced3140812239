import { html, nothing, type TemplateResult } from 'lit';
import type { ViewContext } from '../core/role-element.js';
import type { Role, RoleRelated } from '../schema/types.js';

/** What the related jobs' view needs from its element. */
export interface RelatedContext extends ViewContext {
  /** Where a related job links, if anywhere. */
  href: (r: RoleRelated) => string | undefined;
}

/** Each related job, a link where it has one. */
export function renderRelated({ l, href, heading, frame }: RelatedContext, role: Role): TemplateResult {
  return frame(
    l.related,
    html`<ul class="plain">
      ${role.related!.map((r) => {
        const link = href(r);
        return html`<li part="related">
          ${heading(1, link ? html`<a href=${link}>${r.title}</a>` : r.title)}
          ${r.summary ? html`<p>${r.summary}</p>` : nothing}
        </li>`;
      })}
    </ul>`,
  );
}
