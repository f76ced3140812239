import { html, isServer, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { RoleElement } from '../core/role-element.js';
import { pageLink } from '../core/server.js';
import { baseStyles } from '../core/styles.js';
import type { Role, RoleRelated } from '../schema/types.js';

/**
 * A template such as `/careers/{id}` made into an http(s) link for `id`; undefined if it is not one. A
 * blank template is no link (resolved, it would be the current page).
 */
export function jobLink(template: string | undefined, id: string | undefined): string | undefined {
  if (!template?.trim() || !id) return undefined;
  return pageLink(template.replaceAll('{id}', encodeURIComponent(id)), isServer ? undefined : document.baseURI);
}

/**
 * @tagname related-jobs
 * @summary Related jobs, each a link: to the URL in the data, or for a role with an `id`, to the page
 * the host's `job-href` template names.
 *
 * @csspart card - The card (`section` inside `<job-profile>`).
 * @csspart heading - The heading and each job's title.
 * @csspart related - One related job.
 */
export class RelatedJobsElement extends RoleElement {
  static override styles = baseStyles;

  static override properties: PropertyDeclarations = {
    jobHref: { attribute: 'job-href' },
  };

  /**
   * Where a related role with an `id` links when the data gives no URL: a template with `{id}`,
   * absolute or relative to the page, e.g. `/careers/{id}` or `https://example.com/jobs?job={id}`.
   */
  jobHref?: string;

  protected override hasSection(role: Role): boolean {
    return !!role.related;
  }

  private href(r: RoleRelated): string | undefined {
    return r.url ?? jobLink(this.jobHref ?? this.providedJobHref, r.id);
  }

  protected renderRole(role: Role): TemplateResult {
    return this.frame(
      this.l.related,
      html`<ul class="plain">
        ${role.related!.map((r) => {
          const href = this.href(r);
          return html`<li part="related">
            ${this.heading(1, href ? html`<a href=${href}>${r.title}</a>` : r.title)}
            ${r.summary ? html`<p>${r.summary}</p>` : nothing}
          </li>`;
        })}
      </ul>`,
    );
  }
}
