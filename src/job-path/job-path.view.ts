import { css, html, nothing, type TemplateResult } from 'lit';
import type { ViewContext } from '../core/role-element.js';
import type { Role, RolePathStep } from '../schema/types.js';

/** The path's own CSS (after the shared styles). */
export const styles = css`
  li + li,
  ol ol > li {
    margin-block-start: calc(var(--_space) * 0.75);
  }
`;

function renderStep(c: ViewContext, step: RolePathStep, depth: number): TemplateResult {
  return html`<li part="step">
    ${c.heading(depth, step.title)} ${step.text ? html`<p>${step.text}</p>` : nothing}
    ${step.steps ? html`<ol>${step.steps.map((sub) => renderStep(c, sub, depth + 1))}</ol>` : nothing}
  </li>`;
}

/** The steps, in order, with their sub-steps. */
export function renderPath(c: ViewContext, role: Role): TemplateResult {
  const path = role.path!;
  return c.frame(
    c.l.path,
    html`${path.intro ? html`<p>${path.intro}</p>` : nothing}
      <ol>
        ${path.steps.map((step) => renderStep(c, step, 1))}
      </ol>`,
  );
}
